using ResumeExport.Adapters.Rendering;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Templates;
using UglyToad.PdfPig;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// Pages that read well (issue 16 item 4), checked on the real Chromium by text extraction: pages are filled, long items
/// break between bullets, a heading never ends a page, a role's title stays with its first bullet, and a short last
/// section moves back when a tighter setting fits it. Prints each page's fill so reviewers see the figures.
/// </summary>
public sealed class PageLayoutTests
{
    private const double MinimumFill = 0.9;
    private const int Jobs = 8;
    private const int BulletsPerJob = 10;
    private ChromiumBrowserPool _pool = null!;
    private ChromiumResumePdfRenderer _renderer = null!;
    private PlainChromiumPrinter _plain = null!;

    private static IEnumerable<string> TemplateKeys => ResumeTemplates.Keys;

    [OneTimeSetUp]
    public async Task StartBrowsersAsync()
    {
        (_pool, _renderer) = ChromiumRendererFactory.Create();
        _plain = await PlainChromiumPrinter.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task StopBrowsersAsync()
    {
        await _pool.DisposeAsync();
        await _plain.DisposeAsync();
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public async Task Every_page_but_the_last_is_filled_and_long_items_break_between_whole_bullets(string templateKey)
    {
        using var pdf = await RenderAsync(templateKey, LayoutSamples.Long(templateKey, Jobs, BulletsPerJob));

        var box = ResumeTemplates.PageBox(templateKey, TemplatePageSize.A4);
        var fills = pdf.GetPages().Select(page => PdfLayout.Fill(page, box.ContentHeightMm)).ToArray();
        TestContext.Progress.WriteLine($"{templateKey}: {fills.Length} pages, fill {string.Join(" | ", fills.Select(f => f.ToString("P0", System.Globalization.CultureInfo.InvariantCulture)))}");
        Assert.That(fills.Length, Is.GreaterThanOrEqualTo(3));
        Assert.That(fills[..^1], Has.All.GreaterThanOrEqualTo(MinimumFill), "every page but the last is filled");

        var pageTexts = pdf.GetPages().Select(p => Compact(p.Text)).ToArray();
        var splitItems = 0;
        for (var job = 1; job <= Jobs; job++)
        {
            var bulletPages = Enumerable.Range(1, BulletsPerJob)
                .Select(bullet => Array.FindIndex(pageTexts, text => text.Contains(Compact(LayoutSamples.Bullet(job, bullet)), StringComparison.Ordinal)))
                .ToArray();
            Assert.That(bulletPages, Has.None.EqualTo(-1), $"every bullet of job {job} is whole on one page");
            var titlePage = Array.FindIndex(pageTexts, text => text.Contains(Compact(LayoutSamples.Role(job)) + Compact($"Company {job}"), StringComparison.Ordinal));
            Assert.That(titlePage, Is.EqualTo(bulletPages[0]), $"the title of job {job} is on the page of its first bullet");
            if (bulletPages[0] != bulletPages[^1])
            {
                splitItems++;
                Assert.That(bulletPages.Count(p => p == bulletPages[^1]), Is.GreaterThanOrEqualTo(2), $"job {job}: its last bullet does not sit alone");
            }
        }

        Assert.That(splitItems, Is.Positive, "long items break between bullets instead of leaving pages part empty");
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public async Task No_page_ends_on_a_section_heading_or_an_item_head(string templateKey)
    {
        using var pdf = await RenderAsync(templateKey, LayoutSamples.Long(templateKey, Jobs, BulletsPerJob));

        var lines = MainColumnLines(pdf, templateKey);
        foreach (var page in lines.Select(l => l.Page).Distinct().SkipLast(1))
        {
            var last = lines.Last(l => l.Page == page).Text;
            Assert.That(last, Does.Not.StartWith("Engineer ").And.Not.StartWith("Company ").And.Not.Match("^(Summary|Experience|Education|Skills)$").IgnoreCase,
                $"page {page} ends on '{last}'");
            Assert.That(last, Does.Match(@"(rota|item|\d+\.\d+)"), $"page {page} ends inside a bullet list, on '{last}'");
        }
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public async Task A_short_last_section_moves_back_when_tightening_fits_it(string templateKey)
    {
        // Look for a resume whose design as drawn leaves only the short last section on a page of its own.
        var (resume, asDrawn) = await FindTrailingSectionAloneAsync(templateKey);

        using var rendered = await RenderAsync(templateKey, resume);

        var box = ResumeTemplates.PageBox(templateKey, TemplatePageSize.A4);
        TestContext.Progress.WriteLine($"{templateKey}: as drawn {asDrawn.NumberOfPages} pages (last filled "
            + $"{PdfLayout.Fill(asDrawn.GetPage(asDrawn.NumberOfPages), box.ContentHeightMm):P0}); rendered {rendered.NumberOfPages} pages, fill "
            + string.Join(" | ", rendered.GetPages().Select(p => PdfLayout.Fill(p, box.ContentHeightMm).ToString("P0", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.That(rendered.NumberOfPages, Is.EqualTo(asDrawn.NumberOfPages - 1));
        var lastPage = rendered.GetPage(rendered.NumberOfPages).Text;
        Assert.That(lastPage, Does.Contain(LayoutSamples.TrailingSectionText));
        Assert.That(lastPage, Does.Contain("item"), "the last section shares its page with other content");
        asDrawn.Dispose();
    }

    private async Task<(ResumeExport.Domain.Resumes.Resume Resume, PdfDocument AsDrawn)> FindTrailingSectionAloneAsync(string templateKey)
    {
        foreach (var jobs in new[] { 4, 5, 6, 9, 10, 11 })
        {
            for (var lastBullets = 1; lastBullets <= 6; lastBullets++)
            {
                var resume = LayoutSamples.Long(templateKey, jobs, 5, lastBullets, trailingSection: true);
                var html = ResumeTemplates.Render(templateKey, ResumeDocumentMapper.ToDocument(RenderingSamples.Request(resume)), TemplatePageSize.A4);
                var pdf = PdfDocument.Open(await _plain.PrintAsync(html));
                var last = pdf.GetPage(pdf.NumberOfPages);
                if (pdf.NumberOfPages >= 2 && !last.Text.Contains("item", StringComparison.Ordinal) && last.Text.Contains(LayoutSamples.TrailingSectionText, StringComparison.Ordinal)
                    && !last.Text.Contains(LayoutSamples.Role(jobs), StringComparison.Ordinal))
                {
                    return (resume, pdf);
                }

                pdf.Dispose();
            }
        }

        Assert.Fail($"No sample left the last section alone on a page for {templateKey}.");
        throw new InvalidOperationException();
    }

    private async Task<PdfDocument> RenderAsync(string templateKey, ResumeExport.Domain.Resumes.Resume resume)
    {
        var rendered = await _renderer.RenderAsync(RenderingSamples.Request(resume, PageSize.A4), CancellationToken.None);
        return PdfDocument.Open(rendered.Content);
    }

    /// <summary>
    /// Lines of the column that holds the experience: compact prints it in its wide left column, mashriq (left to right)
    /// in the wide column right of its sidebar.
    /// </summary>
    private static IReadOnlyList<PdfLayout.Line> MainColumnLines(PdfDocument pdf, string templateKey)
    {
        var width = pdf.GetPage(1).Width;
        return templateKey switch
        {
            "compact" => [.. PdfLayout.Lines(pdf, width * 0.64).Where(l => l.Left < width * 0.64)],
            "mashriq" => [.. PdfLayout.Lines(pdf, width * 0.38).Where(l => l.Left >= width * 0.38)],
            _ => PdfLayout.Lines(pdf),
        };
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
