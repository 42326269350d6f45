namespace ResumeExport.Application.Common.Ports.Previews;

/// <summary>
/// Draws a stored PDF's page as a PNG, so a preview is exactly what was printed (decision 22). Throws
/// <see cref="PdfRasterizingException"/> when it cannot in time.
/// </summary>
public interface IPdfPageRasterizer
{
    /// <summary>Page 1 as PNG, <paramref name="widthPx"/> pixels wide.</summary>
    Task<byte[]> FirstPageAsPngAsync(byte[] pdf, int widthPx, CancellationToken cancellationToken);
}
