using System.Diagnostics;
using ResumeExport.Application.Common.Ports.Previews;
using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Application.Exports.GetExportPreview;
using ResumeExport.Integration.Tests.Rendering;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Previews;

/// <summary>
/// The export preview on the real parts: a PDF printed by the real Chromium, drawn by the production rasterizer (mutool)
/// into a PNG of page 1, 600 px wide, checked against the same page drawn by an independent rasteriser (poppler's pdftoppm).
/// </summary>
public sealed class MuPdfPageRasterizerTests
{
    /// <summary>A4 at 600 px wide: 600 × 297 / 210.</summary>
    private const int A4HeightPx = 849;

    /// <summary>Pixels two rasterisers may differ by at an ink edge (anti-aliasing, glyph hinting).</summary>
    private const int EdgeTolerancePx = 4;

    [TestCase("classic")]
    [TestCase("modern")]
    [TestCase("compact")]
    [TestCase("executive")]
    [TestCase("timeline")]
    [TestCase("mashriq")]
    public async Task The_preview_of_a_one_page_resume_is_a_600_px_png_of_the_printed_page(string templateKey)
    {
        var pdf = await PrintAsync(RenderingSamples.Rich(templateKey));
        using var rasterizer = PreviewRasterizerFactory.Create();

        var png = await rasterizer.FirstPageAsPngAsync(pdf.Content, GetExportPreviewQueryHandler.PreviewWidthPx, CancellationToken.None);

        var preview = PngPixels.Decode(png);
        Keep(png, $"preview-{templateKey}.png");
        Assert.Multiple(() =>
        {
            Assert.That(preview.Width, Is.EqualTo(600));
            Assert.That(preview.Height, Is.EqualTo(A4HeightPx).Within(1));
            Assert.That(preview.InkRatio(), Is.GreaterThan(0.02), "a resume's page carries text, not a blank sheet");
        });
        AssertSameInk(preview, FirstPageOf(pdf.Content), templateKey);
    }

    [TestCase("classic")]
    [TestCase("modern")]
    [TestCase("compact")]
    public async Task The_preview_of_a_long_resume_is_page_one_of_the_pdf(string templateKey)
    {
        var pdf = await PrintAsync(RenderingSamples.LongExperience(templateKey, 14));
        using var rasterizer = PreviewRasterizerFactory.Create();

        var png = await rasterizer.FirstPageAsPngAsync(pdf.Content, GetExportPreviewQueryHandler.PreviewWidthPx, CancellationToken.None);

        Assert.That(pdf.PageCount, Is.GreaterThan(1));
        AssertSameInk(PngPixels.Decode(png), FirstPageOf(pdf.Content), templateKey);
    }

    [Test]
    public async Task Drawing_the_same_pdf_twice_gives_the_same_bytes_so_the_preview_etag_is_stable()
    {
        var pdf = await PrintAsync(RenderingSamples.Rich("modern"));
        using var rasterizer = PreviewRasterizerFactory.Create();

        var first = await rasterizer.FirstPageAsPngAsync(pdf.Content, 600, CancellationToken.None);
        var second = await rasterizer.FirstPageAsPngAsync(pdf.Content, 600, CancellationToken.None);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Bytes_that_are_not_a_pdf_fail_as_a_rasterizing_error_not_a_crash()
    {
        using var rasterizer = PreviewRasterizerFactory.Create();

        Assert.That(
            async () => await rasterizer.FirstPageAsPngAsync("%PDF-1.7 not really"u8.ToArray(), 600, CancellationToken.None),
            Throws.TypeOf<PdfRasterizingException>());
    }

    [Test]
    public async Task Drawings_beyond_the_concurrency_limit_wait_their_turn_and_all_finish()
    {
        var pdf = await PrintAsync(RenderingSamples.Rich("classic"));
        using var rasterizer = PreviewRasterizerFactory.Create(o => o.MaxConcurrent = 1);

        var pngs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => rasterizer.FirstPageAsPngAsync(pdf.Content, 600, CancellationToken.None)));

        Assert.That(pngs.Select(png => PngPixels.Decode(png).Width), Is.All.EqualTo(600));
    }

    private static async Task<RenderedPdf> PrintAsync(Domain.Resumes.Resume resume)
    {
        var (pool, renderer) = ChromiumRendererFactory.Create();
        await using var _ = pool;
        return await renderer.RenderAsync(RenderingSamples.Request(resume), CancellationToken.None);
    }

    /// <summary>Same margins, same header, same last line: the ink of both pictures covers the same box.</summary>
    private static void AssertSameInk(PngPixels preview, PngPixels printed, string templateKey)
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
            Assert.That(ours.Value.Bottom, Is.EqualTo(theirs.Value.Bottom).Within(EdgeTolerancePx), $"{templateKey}: last line of page 1");
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
