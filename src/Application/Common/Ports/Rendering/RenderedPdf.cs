namespace ResumeExport.Application.Common.Ports.Rendering;

/// <param name="Content">The PDF.</param>
/// <param name="PageCount">Its pages.</param>
public sealed record RenderedPdf(byte[] Content, int PageCount);
