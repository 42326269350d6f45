namespace ResumeExport.Application.Common.Ports.Previews;

/// <summary>
/// Draws a page of a stored PDF as a PNG: the export preview is made from the PDF itself, on its first view, so the
/// picture is exactly what was printed and the render pays nothing for it (docs/decisions/0022-preview-on-first-view.md).
/// Throws <see cref="PdfRasterizingException"/> when the PDF cannot be drawn in time.
/// </summary>
public interface IPdfPageRasterizer
{
    /// <summary>Page 1 of <paramref name="pdf"/>, scaled to <paramref name="widthPx"/> pixels wide, as PNG bytes.</summary>
    Task<byte[]> FirstPageAsPngAsync(byte[] pdf, int widthPx, CancellationToken cancellationToken);
}
