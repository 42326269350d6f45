using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Emails.Common;

public static class StoredExportFiles
{
    /// <summary>
    /// The export's file as stored, proven to be the file the export produced: its bytes must hash to the export's
    /// recorded <see cref="Export.FileSha256"/>, else the e-mail fails for good (<c>export_file_mismatch</c>) rather than
    /// attach something else. A missing file fails for good too (<c>export_file_missing</c>); a storage outage stays transient.
    /// Exports older than file hashes have nothing to compare with and are read as they are.
    /// </summary>
    public static async Task<VerifiedExportFile> ReadExportFileAsync(this IExportStorage storage, Export export, CancellationToken cancellationToken)
    {
        var key = export.StorageKey ?? throw new ExportPipelineException(EmailErrorCodes.ExportFileMissing, $"Export {export.Id} has no stored file.", transient: false);
        byte[] content;
        try
        {
            content = await storage.ReadAsync(key, cancellationToken);
        }
        catch (FileNotFoundException ex)
        {
            throw new ExportPipelineException(EmailErrorCodes.ExportFileMissing, $"The export file '{key}' is gone.", transient: false, ex);
        }

        var sha256 = FileHashes.Sha256Hex(content);
        if (export.FileSha256 is { } recorded && !string.Equals(recorded, sha256, StringComparison.Ordinal))
        {
            throw new ExportPipelineException(
                EmailErrorCodes.ExportFileMismatch,
                $"The stored file of export {export.Id} hashes to {sha256}, not to the {recorded} it was stored with; nothing was sent.",
                transient: false);
        }

        return new VerifiedExportFile(content, sha256);
    }
}
