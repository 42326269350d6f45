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
    /// The file is read by the driver the export names (<see cref="Export.StorageDriver"/>), not the one this process
    /// writes with now: after a driver change (or with the workers on different drivers) the file is still where it was
    /// stored. A driver this process has no settings for is a configuration problem, so transient (an operator may fix it).
    /// </summary>
    public static async Task<VerifiedExportFile> ReadExportFileAsync(this IExportStorageDrivers drivers, Export export, CancellationToken cancellationToken)
    {
        var key = export.StorageKey ?? throw new ExportPipelineException(EmailErrorCodes.ExportFileMissing, $"Export {export.Id} has no stored file.", transient: false);
        var driver = export.StorageDriver ?? throw new ExportPipelineException(EmailErrorCodes.ExportFileMissing, $"Export {export.Id} names no storage driver.", transient: false);
        var storage = drivers.Find(driver) ?? throw new ExportStorageException(
            ExportErrorCodes.StorageFailed, $"The file of export {export.Id} is on the '{driver}' storage driver, which this process has no settings for.", transient: true);
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
