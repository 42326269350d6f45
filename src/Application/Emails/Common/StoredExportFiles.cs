using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.Emails.Common;

public static class StoredExportFiles
{
    /// <summary>A missing file fails the e-mail for good (<c>export_file_missing</c>); a storage outage stays transient.</summary>
    public static async Task<byte[]> ReadExportFileAsync(this IExportStorage storage, string storageKey, CancellationToken cancellationToken)
    {
        try
        {
            return await storage.ReadAsync(storageKey, cancellationToken);
        }
        catch (FileNotFoundException ex)
        {
            throw new ExportPipelineException(EmailErrorCodes.ExportFileMissing, $"The export file '{storageKey}' is gone.", transient: false, ex);
        }
    }
}
