using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Resumes;
using ResumeExport.Integration.Tests.Previews;
using ResumeExport.Integration.Tests.Support;
using UglyToad.PdfPig;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>The renderer's warm page pool on the real Chromium: pages are reused, never leak one document into another, and are replaced when they should be.</summary>
public sealed class ChromiumPagePoolTests
{
    [Test]
    public async Task A_page_reused_for_a_second_resume_prints_nothing_of_the_first()
    {
        // One page in the pool: B is printed on the very page that printed A.
        var (pool, renderer) = ChromiumRendererFactory.Create(o => o.MaxConcurrentPages = 1);
        await using var _ = pool;
        var first = Person("Alpha", "Xylophone Logistics", "Quartzberg", "Glockenspiel tuning");
        var second = Person("Bravo", "Nimbus", "Oslo", "Knitting");

        await renderer.RenderAsync(RenderingSamples.Request(first, ownerName: "Alphonse Aardvark"), CancellationToken.None);
        var pdf = await renderer.RenderAsync(RenderingSamples.Request(second, ownerName: "Beatrix Bravo"), CancellationToken.None);

        using var document = PdfDocument.Open(pdf.Content);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Multiple(() =>
        {
            Assert.That(pool.PagesOpened, Is.EqualTo(1), "both resumes were printed on one page");
            Assert.That(text, Does.Contain("Nimbus").And.Contain("Knitting"));
            foreach (var trace in new[] { "Alpha", "Xylophone", "Quartzberg", "Glockenspiel", "Alphonse", "Aardvark" })
            {
                Assert.That(text, Does.Not.Contain(trace).IgnoreCase, $"'{trace}' from the first resume");
            }

            Assert.That(document.Information.Title, Is.EqualTo("Bravo resume"));
            Assert.That(document.Information.Author, Is.EqualTo("Beatrix Bravo"));
        });
    }

    [Test]
    public async Task A_reused_page_prints_the_same_text_as_a_fresh_one()
    {
        var (pool, renderer) = ChromiumRendererFactory.Create(o => o.MaxConcurrentPages = 1);
        await using var _ = pool;
        var longer = RenderingSamples.Rich("compact");
        var shorter = Person("Bravo", "Nimbus", "Oslo", "Knitting");

        var fresh = await renderer.RenderAsync(RenderingSamples.Request(shorter), CancellationToken.None);
        await renderer.RenderAsync(RenderingSamples.Request(longer, PageSize.Letter), CancellationToken.None);
        var reused = await renderer.RenderAsync(RenderingSamples.Request(shorter), CancellationToken.None);

        Assert.That(pool.PagesOpened, Is.EqualTo(1));
        Assert.That(TextOf(reused), Is.EqualTo(TextOf(fresh)));
        Assert.That(reused.PageCount, Is.EqualTo(fresh.PageCount));
    }

    [Test]
    public async Task A_reused_page_prints_a_page_that_looks_as_on_a_fresh_one()
    {
        // B printed on the page that printed A (Letter, long, another template), drawn like its preview, against B on a page of its own.
        var (freshPool, freshRenderer) = ChromiumRendererFactory.Create(o => o.MaxConcurrentPages = 1);
        await using var __ = freshPool;
        var fresh = await freshRenderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("modern")), CancellationToken.None);

        var (pool, renderer) = ChromiumRendererFactory.Create(o => o.MaxConcurrentPages = 1);
        await using var _ = pool;
        await renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.LongExperience("compact", 20), PageSize.Letter), CancellationToken.None);
        var reused = await renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("modern")), CancellationToken.None);

        using var rasterizer = PreviewRasterizerFactory.Create();
        var expected = PngPixels.Decode(await rasterizer.FirstPageAsPngAsync(fresh.Content, 600, CancellationToken.None));
        var actual = PngPixels.Decode(await rasterizer.FirstPageAsPngAsync(reused.Content, 600, CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(pool.PagesOpened, Is.EqualTo(1), "both resumes were printed on one page");
            Assert.That((actual.Width, actual.Height), Is.EqualTo((expected.Width, expected.Height)), "A's Letter paper did not stay");
            Assert.That(DifferingPixels(actual, expected), Is.LessThanOrEqualTo(expected.Width * expected.Height / 1000), "B's page looks as on a fresh page");
        });
    }

    [Test]
    public async Task Renders_on_several_pages_at_once_all_finish()
    {
        // Each page is a tab, and at most one is in front: printing must not wait for a painted frame.
        var (pool, renderer) = ChromiumRendererFactory.Create(o =>
        {
            o.MaxConcurrentPages = 2;
            o.RenderTimeout = TimeSpan.FromSeconds(20);
        });
        await using var _ = pool;

        for (var round = 0; round < 4; round++)
        {
            var pdfs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
                renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("classic")), CancellationToken.None)));

            Assert.That(pdfs.Select(pdf => pdf.Content.Length), Is.All.Positive, $"round {round}");
        }

        Assert.That(pool.PagesOpened, Is.EqualTo(2), "no render timed out (a timed-out page is replaced)");
    }

    [Test]
    public async Task Pages_are_reused_up_to_the_renders_per_page_then_replaced()
    {
        var (pool, renderer) = ChromiumRendererFactory.Create(o =>
        {
            o.MaxConcurrentPages = 1;
            o.RendersPerPage = 2;
        });
        await using var _ = pool;

        for (var i = 0; i < 5; i++)
        {
            await renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("classic")), CancellationToken.None);
        }

        Assert.That(pool.PagesOpened, Is.EqualTo(3), "renders 1-2, 3-4 and 5 on three pages");
    }

    [Test]
    public async Task A_page_whose_render_timed_out_is_not_reused()
    {
        var timeout = TimeSpan.FromSeconds(30);
        var (pool, renderer) = ChromiumRendererFactory.Create(o =>
        {
            o.MaxConcurrentPages = 1;
            o.RenderTimeout = timeout;
        });
        await using var _ = pool;
        await renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("classic")), CancellationToken.None);

        // A caller giving up mid-render (as the render time-out does) leaves the page in an unknown state.
        using (var giveUp = new CancellationTokenSource())
        {
            var render = renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.LongExperience("classic", 30)), giveUp.Token);
            await giveUp.CancelAsync();
            Assert.That(async () => await render, Throws.InstanceOf<OperationCanceledException>());
        }

        var pdf = await renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("classic")), CancellationToken.None);

        Assert.That(pdf.PageCount, Is.GreaterThanOrEqualTo(1));
        Assert.That(pool.PagesOpened, Is.EqualTo(2), "the interrupted page was closed, the next render opened a new one");
    }

    private static Resume Person(string name, string company, string city, string hobby) => RenderingSamples.Create(
        "classic",
        $"{name} resume",
        new ResumeSection(SectionKind.Summary, "Profile", [new SectionItem { Text = $"{name} works at {company} in {city}." }]),
        new ResumeSection(SectionKind.Experience, "Experience",
            [new SectionItem { Company = company, Role = "Engineer", Location = city, StartDate = new DateOnly(2020, 1, 1), Bullets = [$"{name} shipped things"] }]),
        new ResumeSection(SectionKind.Education, "Education",
            [new SectionItem { Institution = $"{city} University", Degree = "B.Sc.", StartDate = new DateOnly(2015, 1, 1), EndDate = new DateOnly(2019, 1, 1) }]),
        new ResumeSection(SectionKind.Custom, "Interests", [new SectionItem { Text = hobby }]));

    private static int DifferingPixels(PngPixels a, PngPixels b)
    {
        var differing = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                differing += Math.Abs(a.At(x, y) - b.At(x, y)) > 32 ? 1 : 0;
            }
        }

        return differing;
    }

    private static string TextOf(RenderedPdf pdf)
    {
        using var document = PdfDocument.Open(pdf.Content);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }
}
