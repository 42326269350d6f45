using ResumeExport.Application.Common.Ports;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Infrastructure.Email;

/// <summary>
/// Reads an export file through the configured <see cref="IExportStorage"/>: the local driver hands out a stream, the s3
/// driver a short-lived presigned URL, which is fetched here. (A byte-reading member on the storage port would spare the
/// URL round trip; this keeps the port unchanged.)
/// </summary>
internal sealed class ExportFileReader(IExportStorage storage, IHttpClientFactory httpClients) : IExportFileReader
{
    public const string HttpClientName = "export-files";

    public async Task<byte[]> ReadAsync(string storageKey, CancellationToken cancellationToken)
    {
        StoredFileAccess file;
        try
        {
            file = await storage.OpenAsync(storageKey, "resume.pdf", cancellationToken);
        }
        catch (FileNotFoundException ex)
        {
            throw new ExportPipelineException(EmailErrorCodes.ExportFileMissing, $"The export file '{storageKey}' is gone.", transient: false, ex);
        }

        if (file.Content is { } content)
        {
            await using (content)
            {
                using var buffer = new MemoryStream(file.Length is { } length and < int.MaxValue ? (int)length : 0);
                await content.CopyToAsync(buffer, cancellationToken);
                return buffer.ToArray();
            }
        }

        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).GetAsync(file.RedirectUrl, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                throw new ExportPipelineException(
                    status == 404 ? EmailErrorCodes.ExportFileMissing : ExportErrorCodes.StorageFailed,
                    $"Reading the export file '{storageKey}' answered {status}.",
                    transient: status >= 500 || status == 429);
            }

            return await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new ExportPipelineException(ExportErrorCodes.StorageFailed, $"Could not read the export file '{storageKey}': {ex.Message}", transient: true, ex);
        }
    }
}
