using System.Diagnostics;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// The export preview on the real Chromium: a PNG of page 1 about 600 px wide that shows what page 1 of the PDF shows,
/// checked against the PDF's own page 1 drawn by an independent rasteriser (poppler's pdftoppm).
/// </summary>
public sealed class ExportPreviewRenderingTests
{
    /// <summary>A4 at 600 px wide: 600 × 297 / 210.</summary>
    private const int A4HeightPx = 849;

    /// <summary>Pixels two rasterisers may differ by at an ink edge (anti-aliasing, glyph hinting).</summary>
    private const int EdgeTolerancePx = 4;

    [TestCase("classic")]
    [TestCase("modern")]
    [TestCase("compact")]
    public async Task The_preview_of_a_one_page_resume_is_a_600_px_png_of_the_printed_page(string templateKey)
    {
        var (pool, renderer) = ChromiumRendererFactory.Create();
        await using var _ = pool;

        var pdf = await renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich(templateKey)), CancellationToken.None);

        var preview = PngPixels.Decode(pdf.Preview);
        Keep(pdf.Preview, $"preview-{templateKey}.png");
        Assert.Multiple(() =>
        {
            Assert.That(preview.Width, Is.EqualTo(600));
            Assert.That(preview.Height, Is.EqualTo(A4HeightPx).Within(1));
            Assert.That(preview.InkRatio(), Is.GreaterThan(0.02), "a resume's page carries text, not a blank sheet");
        });
        AssertSameInk(preview, FirstPageOf(pdf.Content), templateKey, lastLine: false);
    }

    [TestCase("classic")]
    [TestCase("modern")]
    [TestCase("compact")]
    public async Task The_preview_of_a_long_resume_ends_where_page_one_of_the_pdf_ends(string templateKey)
    {
        var (pool, renderer) = ChromiumRendererFactory.Create();
        await using var _ = pool;

        var pdf = await renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.LongExperience(templateKey, 14)), CancellationToken.None);

        Assert.That(pdf.PageCount, Is.GreaterThan(1));
        AssertSameInk(PngPixels.Decode(pdf.Preview), FirstPageOf(pdf.Content), templateKey);
    }

    /// <summary>
    /// Same margins, same header and, with <paramref name="lastLine"/>, the same last line: the ink of both pictures covers
    /// the same box. A one-page resume may end a line or two lower in the preview: screen and print lay text out with
    /// sub-pixel differences, so a line that fits the column by a fraction of a pixel in print can wrap on screen
    /// (docs/decisions/0019-export-preview.md); where page 1 ends on a long resume is the break, which must match.
    /// </summary>
    private static void AssertSameInk(PngPixels preview, PngPixels printed, string templateKey, bool lastLine = true)
    {
        var ours = preview.InkBox();
        var theirs = printed.InkBox();
        Assert.That(ours, Is.Not.Null);
        Assert.That(theirs, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(ours!.Value.Left, Is.EqualTo(theirs!.Value.Left).Within(EdgeTolerancePx), $"{templateKey}: left margin");
            Assert.That(ours.Value.Top, Is.EqualTo(theirs.Value.Top).Within(EdgeTolerancePx), $"{templateKey}: top margin");
            Assert.That(ours.Value.Right, Is.EqualTo(theirs.Value.Right).Within(EdgeTolerancePx), $"{templateKey}: right edge");
            if (lastLine)
            {
                Assert.That(ours.Value.Bottom, Is.EqualTo(theirs.Value.Bottom).Within(EdgeTolerancePx), $"{templateKey}: last line of page 1");
            }
        });
    }

    /// <summary>Page 1 of <paramref name="pdf"/> at 600 px wide, drawn by pdftoppm (poppler-utils, installed by deploy/services/up.sh).</summary>
    private static PngPixels FirstPageOf(byte[] pdf)
    {
        var directory = Directory.CreateTempSubdirectory("preview-test-");
        try
        {
            var input = Path.Combine(directory.FullName, "export.pdf");
            File.WriteAllBytes(input, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftoppm",
                ["-png", "-f", "1", "-l", "1", "-scale-to-x", "600", "-scale-to-y", "-1", "-singlefile", input, Path.Combine(directory.FullName, "page")])
            {
                RedirectStandardError = true,
            })!;
            Assert.That(process.WaitForExit(TimeSpan.FromSeconds(30)), Is.True, "pdftoppm finished");
            Assert.That(process.ExitCode, Is.Zero, process.StandardError.ReadToEnd());
            return PngPixels.Decode(File.ReadAllBytes(Path.Combine(directory.FullName, "page.png")));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Keeps the picture beside the test run, for people to look at.</summary>
    private static void Keep(byte[] png, string name)
    {
        var directory = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "previews"));
        File.WriteAllBytes(Path.Combine(directory.FullName, name), png);
    }
}
