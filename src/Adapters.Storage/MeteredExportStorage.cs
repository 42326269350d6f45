using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Ports.Storage;

namespace ResumeExport.Adapters.Storage;

/// <summary>Records store duration and size around writes; reads and deletes pass through.</summary>
internal sealed class MeteredExportStorage(IExportStorage inner, ResumeExportMetrics metrics, TimeProvider clock) : IExportStorage
{
    public string Driver => inner.Driver;

    public async Task SaveAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        try
        {
            await inner.SaveAsync(key, content, contentType, cancellationToken);
            metrics.PdfStored(inner.Driver, clock.GetElapsedTime(started), content.Length, errorType: null);
        }
        catch (Exception exception)
        {
            metrics.PdfStored(inner.Driver, clock.GetElapsedTime(started), content.Length, ErrorTypes.Of(exception));
            throw;
        }
    }

    public Task<StoredFileAccess> OpenAsync(string key, string downloadFileName, string contentType, CancellationToken cancellationToken) =>
        inner.OpenAsync(key, downloadFileName, contentType, cancellationToken);

    public Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) => inner.ExistsAsync(key, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);
}
