namespace ResumeExport.Application.Common.Ports;

/// <param name="Content">The PDF.</param>
/// <param name="PageCount">Its pages.</param>
/// <param name="Preview">A PNG of its first page, about 600 px wide (the export preview).</param>
public sealed record RenderedPdf(byte[] Content, int PageCount, byte[] Preview);
