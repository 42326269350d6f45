namespace ResumeExport.Application.Common.Ports;

/// <summary>
/// Reads a stored export file back as bytes (e-mail attachments), whichever storage driver holds it. Throws
/// <see cref="ExportPipelineException"/>: <c>export_file_missing</c> (permanent) or <c>storage_failed</c> (transient or not).
/// </summary>
public interface IExportFileReader
{
    Task<byte[]> ReadAsync(string storageKey, CancellationToken cancellationToken);
}
