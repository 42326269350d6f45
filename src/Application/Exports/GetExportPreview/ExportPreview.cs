namespace ResumeExport.Application.Exports.GetExportPreview;

/// <param name="Content">The PNG of the PDF's first page.</param>
/// <param name="ETag">A strong entity tag of <paramref name="Content"/>, quoted (<c>"…"</c>).</param>
public sealed record ExportPreview(byte[] Content, string ETag);
