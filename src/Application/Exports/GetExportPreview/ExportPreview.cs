namespace ResumeExport.Application.Exports.GetExportPreview;

/// <param name="Content">PNG of the first page.</param>
/// <param name="ETag">Strong and quoted.</param>
public sealed record ExportPreview(byte[] Content, string ETag);
