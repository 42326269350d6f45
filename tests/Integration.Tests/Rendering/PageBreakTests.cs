using ResumeExport.Adapters.Rendering;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Resumes;
using ResumeExport.Templates;
using UglyToad.PdfPig;
using Letter = UglyToad.PdfPig.Content.Letter;
using Page = UglyToad.PdfPig.Content.Page;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// Page breaks on long resumes (issue 25 item 4), every template of the catalogue on every paper, read back from the real
/// Chromium's PDF: the pagination rules (no bullet or short item cut, a role's head with its first bullet, the last
/// bullet never alone, no heading alone at the foot of a page, no text beyond the paper) and the per-section controls
/// <c>keepTogether</c> (the section on one page) and <c>startOnNewPage</c> (the section at the top of a new page).
/// </summary>
public sealed class PageBreakTests
{
    private const int Jobs = 12;
    private const int BulletsPerJob = 10;
    private const int KeptItems = 8;
    private const string KeptTitle = "Side projects";
    private const string FreshTitle = "Open source";

    /// <summary>How far inside the paper's edges every glyph must stay, in points (1 mm).</summary>
    private const double EdgeTolerancePt = 72 / 25.4;

    private ChromiumBrowserPool _pool = null!;
    private ChromiumResumePdfRenderer _renderer = null!;

    public static IEnumerable<TestCaseData> Cases() =>
        from template in ResumeTemplates.All
        from paper in Enum.GetValues<PageSize>()
        select new TestCaseData(template.Key, paper).SetArgDisplayNames(template.Key, paper.ToString());

    [OneTimeSetUp]
    public void StartBrowser() => (_pool, _renderer) = ChromiumRendererFactory.Create();

    [OneTimeTearDown]
    public async Task StopBrowserAsync() => await _pool.DisposeAsync();

    [TestCaseSource(nameof(Cases))]
    public async Task A_long_resume_cuts_no_item_leaves_no_heading_alone_and_prints_nothing_beyond_the_paper(string templateKey, PageSize paper)
    {
        using var pdf = await RenderAsync(Long(templateKey, Jobs, BulletsPerJob), paper);
        var pages = pdf.GetPages().ToArray();
        var texts = pages.Select(p => Compact(p.Text)).ToArray();
        TestContext.Progress.WriteLine($"{templateKey} {paper}: {pages.Length} pages");

        Assert.Multiple(() =>
        {
            Assert.That(pages, Has.Length.GreaterThanOrEqualTo(3), "a long resume");
            foreach (var page in pages)
            {
                Assert.That(page.Width, Is.EqualTo(PaperPt(paper).Width).Within(1), $"page {page.Number} is {paper} wide");
                Assert.That(page.Height, Is.EqualTo(PaperPt(paper).Height).Within(1), $"page {page.Number} is {paper} high");
                var outside = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && !Inside(l, page)).ToList();
                Assert.That(outside, Is.Empty, $"page {page.Number}: glyphs beyond the paper ({string.Concat(outside.Take(20).Select(l => l.Value))})");
            }

            for (var job = 1; job <= Jobs; job++)
            {
                var bulletPages = Enumerable.Range(1, BulletsPerJob).Select(bullet => PageOf(texts, LayoutSamples.Bullet(job, bullet))).ToArray();
                Assert.That(bulletPages, Has.None.EqualTo(-1), $"every bullet of job {job} is whole on one page");
                Assert.That(PageOf(texts, LayoutSamples.Role(job) + $"Company {job}"), Is.EqualTo(bulletPages[0]), $"job {job}: its head is on the page of its first bullet");
                if (bulletPages[0] != bulletPages[^1])
                {
                    Assert.That(bulletPages.Count(p => p == bulletPages[^1]), Is.GreaterThanOrEqualTo(2), $"job {job}: its last bullet does not sit alone");
                    Assert.That(bulletPages[^1] - bulletPages[0], Is.EqualTo(1), $"job {job}, shorter than a page, spans two pages at most");
                }
            }

            // An item without bullets or paragraphs is never cut: the degree and its school share a page.
            Assert.That(PageOf(texts, "M.Sc., Informatics"), Is.EqualTo(PageOf(texts, "TU Berlin")).And.Not.EqualTo(-1), "the education item is whole");

            // Each section title's page also holds its first item's first line.
            foreach (var (title, firstLine) in new[]
            {
                ("Summary", "Engineer with a long career"), ("Experience", LayoutSamples.Role(1) + "Company 1"),
                ("Education", "M.Sc., Informatics"), ("Skills", "C#"),
            })
            {
                var titlePage = PageOfHeading(texts, title);
                Assert.That(titlePage, Is.Not.EqualTo(-1), $"the {title} heading is printed");
                Assert.That(texts[titlePage], Does.Contain(Compact(firstLine)), $"the {title} heading is on the page of its first line");
            }
        });
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Keep_together_prints_a_section_that_would_straddle_a_break_on_one_page(string templateKey, PageSize paper)
    {
        // Find a resume whose kept section, printed without the control, straddles a page break.
        foreach (var jobs in Enumerable.Range(2, 10))
        {
            using var loose = await RenderAsync(WithKeptSection(templateKey, jobs, keepTogether: false), paper);
            var loosePages = KeptPages(loose);
            if (loosePages.Length < 2)
            {
                continue;
            }

            using var kept = await RenderAsync(WithKeptSection(templateKey, jobs, keepTogether: true), paper);
            var keptPages = KeptPages(kept);
            var texts = kept.GetPages().Select(p => Compact(p.Text)).ToArray();
            TestContext.Progress.WriteLine($"{templateKey} {paper}: {jobs} jobs before it; without keepTogether on pages {string.Join(", ", loosePages.Select(p => p + 1))}, with it on {string.Join(", ", keptPages.Select(p => p + 1))}");
            Assert.Multiple(() =>
            {
                Assert.That(keptPages, Has.Length.EqualTo(1), "every line of the kept section is on one page");
                Assert.That(PageOfHeading(texts, KeptTitle), Is.EqualTo(keptPages.Single()), "its heading too");
                Assert.That(PageOf(texts, LayoutSamples.Bullet(jobs, 5)), Is.LessThanOrEqualTo(keptPages[0]), "it still follows the content before it");
            });
            return;
        }

        Assert.Fail("No sample printed the section across a page break without keepTogether.");
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Start_on_new_page_prints_the_section_from_the_top_of_a_new_page(string templateKey, PageSize paper)
    {
        var sections = Long(templateKey, 3, 5).Sections.ToList();
        sections.Insert(2, new ResumeSection(SectionKind.Custom, FreshTitle,
            [new SectionItem { Text = "Maintainer of pg-outbox", Bullets = ["Fresh 1.1 Reviewed every pull request within a day"] }])
        { StartOnNewPage = true });
        using var pdf = await RenderAsync(Create(templateKey, sections), paper);
        var texts = pdf.GetPages().Select(p => Compact(p.Text)).ToArray();
        sections[2] = sections[2] with { StartOnNewPage = false };
        using var withoutControl = await RenderAsync(Create(templateKey, sections), paper);

        var headingPage = PageOfHeading(texts, FreshTitle);
        var lastBulletBefore = PageOf(texts, LayoutSamples.Bullet(3, 5));
        TestContext.Progress.WriteLine($"{templateKey} {paper}: the last bullet before it on page {lastBulletBefore + 1}, the section on page {headingPage + 1} of {texts.Length}");
        Assert.Multiple(() =>
        {
            Assert.That(lastBulletBefore, Is.EqualTo(0), "the content before it fits on page 1");
            Assert.That(PageOfHeading([.. withoutControl.GetPages().Select(p => Compact(p.Text))], FreshTitle), Is.EqualTo(0), "without the control it would print on page 1");
            Assert.That(headingPage, Is.EqualTo(lastBulletBefore + 1), "the section starts on the next page");
            Assert.That(PageOf(texts, "Fresh 1.1 Reviewed every pull request within a day"), Is.EqualTo(headingPage), "with its items");
            if (headingPage > 0)
            {
                var topmost = pdf.GetPage(headingPage + 1).GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).MaxBy(w => w.BoundingBox.Top)!;
                Assert.That(Compact(FreshTitle), Does.Contain(Compact(topmost.Text)).IgnoreCase, "the first text on that page is its heading");
            }
        });
    }

    private static Resume Long(string templateKey, int jobs, int bullets) => LayoutSamples.Long(templateKey, jobs, bullets);

    private static Resume Create(string templateKey, IReadOnlyList<ResumeSection> sections) =>
        Resume.Create(Guid.NewGuid(), "Long career", templateKey, sections, isDefault: true, DateTimeOffset.UtcNow,
            new ResumeBasics { Name = "Ada Lovelace", Label = "Principal Engineer", Email = "ada@example.com" }, "en");

    /// <summary>A long resume with a third-of-a-page custom section after <paramref name="jobs"/> jobs of five bullets.</summary>
    private static Resume WithKeptSection(string templateKey, int jobs, bool keepTogether)
    {
        var sections = Long(templateKey, jobs, 5).Sections.ToList();
        sections.Insert(2, new ResumeSection(SectionKind.Custom, KeptTitle,
        [
            .. Enumerable.Range(1, KeptItems).Select(item => new SectionItem
            {
                Text = $"Kept {item} A side project with its own users",
                Bullets = [KeptBullet(item, 1), KeptBullet(item, 2)],
            }),
        ])
        { KeepTogether = keepTogether });
        return Create(templateKey, sections);
    }

    private static string KeptBullet(int item, int bullet) => $"Kept {item}.{bullet} Wrote, reviewed and shipped it, marker {item}.{bullet}";

    /// <summary>The pages (0-based) that hold any line of the kept section.</summary>
    private static int[] KeptPages(PdfDocument pdf)
    {
        var texts = pdf.GetPages().Select(p => Compact(p.Text)).ToArray();
        var lines = Enumerable.Range(1, KeptItems)
            .SelectMany(item => new[] { $"Kept {item} A side project with its own users", KeptBullet(item, 1), KeptBullet(item, 2) });
        return [.. lines.Select(line => PageOf(texts, line)).Distinct().Order()];
    }

    private async Task<PdfDocument> RenderAsync(Resume resume, PageSize paper)
    {
        var rendered = await _renderer.RenderAsync(RenderingSamples.Request(resume, paper), CancellationToken.None);
        return PdfDocument.Open(rendered.Content);
    }

    private static int PageOf(string[] compactTexts, string text) =>
        Array.FindIndex(compactTexts, page => page.Contains(Compact(text), StringComparison.Ordinal));

    /// <summary>Headings may print in capitals (CSS text-transform), so they are found ignoring case.</summary>
    private static int PageOfHeading(string[] compactTexts, string title) =>
        Array.FindIndex(compactTexts, page => page.Contains(Compact(title), StringComparison.OrdinalIgnoreCase));

    private static bool Inside(Letter letter, Page page) =>
        letter.BoundingBox.Left >= EdgeTolerancePt && letter.BoundingBox.Right <= page.Width - EdgeTolerancePt
        && letter.BoundingBox.Bottom >= EdgeTolerancePt && letter.BoundingBox.Top <= page.Height - EdgeTolerancePt;

    private static (double Width, double Height) PaperPt(PageSize paper) => paper switch
    {
        PageSize.Letter => (612, 792),
        PageSize.Legal => (612, 1008),
        _ => (595.28, 841.89),
    };

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
