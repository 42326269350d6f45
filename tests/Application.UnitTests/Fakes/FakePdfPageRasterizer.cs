using ResumeExport.Application.Common.Ports.Previews;


namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Draws a "PNG" that names the PDF it was drawn from (its length and width), or throws <see cref="Failure"/> when one is set.</summary>
internal sealed class FakePdfPageRasterizer : IPdfPageRasterizer
{
    public Exception? Failure { get; set; }

    /// <summary>The PDFs it was asked to draw, in order.</summary>
    public List<byte[]> Drawn { get; } = [];

    public static byte[] PictureOf(byte[] pdf, int widthPx) => System.Text.Encoding.ASCII.GetBytes($"png of {pdf.Length} pdf bytes at {widthPx} px");

    public Task<byte[]> FirstPageAsPngAsync(byte[] pdf, int widthPx, CancellationToken cancellationToken)
    {
        Drawn.Add(pdf);
        return Failure is null ? Task.FromResult(PictureOf(pdf, widthPx)) : Task.FromException<byte[]>(Failure);
    }
}
