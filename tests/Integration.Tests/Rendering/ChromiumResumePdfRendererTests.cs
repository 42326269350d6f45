using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using ResumeExport.Adapters.Rendering;
using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Resumes;
using UglyToad.PdfPig;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>The renderer against the real Debian Chromium: text, metadata, paper, pagination, isolation and recovery.</summary>
public sealed class ChromiumResumePdfRendererTests
{
    private const double PointTolerance = 2;
    private ChromiumBrowserPool _pool = null!;
    private ChromiumResumePdfRenderer _renderer = null!;

    [OneTimeSetUp]
    public void StartBrowserPool() => (_pool, _renderer) = ChromiumRendererFactory.Create();

    [OneTimeTearDown]
    public async Task StopBrowserPoolAsync() => await _pool.DisposeAsync();

    [Test]
    public async Task Accented_and_chinese_names_come_back_as_text_with_title_and_author_set()
    {
        var resume = RenderingSamples.Rich("classic");

        var pdf = await _renderer.RenderAsync(RenderingSamples.Request(resume), CancellationToken.None);

        using var document = PdfDocument.Open(pdf.Content);
        var text = string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("JürgenMüller"));
            Assert.That(text, Does.Contain("张伟"));
            Assert.That(text, Does.Contain("TechnischeUniversitätMünchen"));
            Assert.That(document.Information.Title, Is.EqualTo("Senior Backend Engineer"));
            Assert.That(document.Information.Author, Is.EqualTo(RenderingSamples.OwnerName));
            Assert.That(pdf.PageCount, Is.EqualTo(document.NumberOfPages));
        });
    }

    [Test]
    public async Task A_long_resume_flows_over_several_a4_pages()
    {
        var pdf = await _renderer.RenderAsync(
            RenderingSamples.Request(RenderingSamples.LongExperience("classic", 30), PageSize.A4), CancellationToken.None);

        using var document = PdfDocument.Open(pdf.Content);
        Assert.That(document.NumberOfPages, Is.GreaterThanOrEqualTo(2));
        Assert.That(pdf.PageCount, Is.EqualTo(document.NumberOfPages));
        foreach (var page in document.GetPages())
        {
            Assert.That(page.Width, Is.EqualTo(595).Within(PointTolerance), $"page {page.Number} width");
            Assert.That(page.Height, Is.EqualTo(842).Within(PointTolerance), $"page {page.Number} height");
        }
    }

    [TestCase("classic")]
    [TestCase("modern")]
    [TestCase("compact")]
    [TestCase("executive")]
    [TestCase("timeline")]
    [TestCase("mashriq")]
    public async Task Letter_paper_gives_letter_pages(string templateKey)
    {
        var pdf = await _renderer.RenderAsync(
            RenderingSamples.Request(RenderingSamples.LongExperience(templateKey, 30), PageSize.Letter), CancellationToken.None);

        using var document = PdfDocument.Open(pdf.Content);
        Assert.That(document.NumberOfPages, Is.GreaterThanOrEqualTo(2));
        foreach (var page in document.GetPages())
        {
            Assert.That(page.Width, Is.EqualTo(612).Within(PointTolerance), $"page {page.Number} width");
            Assert.That(page.Height, Is.EqualTo(792).Within(PointTolerance), $"page {page.Number} height");
        }
    }

    [Test]
    public async Task Urls_and_markup_in_the_resume_never_reach_the_network()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var resume = RenderingSamples.Create(
                "modern",
                "SSRF probe",
                new ResumeSection(SectionKind.Summary, "Summary",
                    [new SectionItem { Text = $"<img src=http://127.0.0.1:{port}/x><link rel=stylesheet href=http://127.0.0.1:{port}/css>" }]),
                new ResumeSection(SectionKind.Experience, "Experience",
                    [new SectionItem { Company = "Probe", Role = "Probe", StartDate = new DateOnly(2020, 1, 1) }]),
                new ResumeSection(SectionKind.Links, "Links", [new SectionItem { Label = "Home", Url = $"http://127.0.0.1:{port}/y" }]),
                new ResumeSection(SectionKind.Projects, "Projects",
                    [new SectionItem { Name = "Internal", Url = $"http://127.0.0.1:{port}/project" }]),
                new ResumeSection(SectionKind.Certifications, "Certifications",
                    [new SectionItem { Name = "Cert", Url = $"https://127.0.0.1:{port}/cert" }]));

            var pdf = await _renderer.RenderAsync(RenderingSamples.Request(resume), CancellationToken.None);

            Assert.That(pdf.Content, Is.Not.Empty);

            // Nothing to await proves a connection did NOT happen, so watch the socket for a short, bounded while after
            // the render: a stray fetch started by the page would have reached the listener well within a second.
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromSeconds(1))
            {
                Assert.That(listener.Pending(), Is.False, "Chromium connected to the probe listener.");
                await Task.Delay(50);
            }
        }
        finally
        {
            listener.Stop();
        }
    }

    [Test]
    public async Task A_killed_browser_is_relaunched_for_the_next_render()
    {
        var (pool, renderer) = ChromiumRendererFactory.Create();
        await using var _ = pool;
        await renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("modern")), CancellationToken.None);
        var firstProcessId = pool.BrowserProcessId;
        Assert.That(firstProcessId, Is.Not.Null);

        using (var browser = Process.GetProcessById(firstProcessId!.Value))
        {
            browser.Kill(entireProcessTree: true);
            await browser.WaitForExitAsync();
        }

        var pdf = await renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("modern")), CancellationToken.None);

        Assert.That(pdf.PageCount, Is.GreaterThanOrEqualTo(1));
        Assert.That(pool.BrowserProcessId, Is.Not.Null.And.Not.EqualTo(firstProcessId));
    }

    [Test]
    public async Task A_render_over_its_time_budget_fails_as_a_transient_render_timeout()
    {
        var (pool, renderer) = ChromiumRendererFactory.Create(o => o.RenderTimeout = TimeSpan.FromMilliseconds(1));
        await using var _ = pool;

        var failure = Assert.ThrowsAsync<PdfRenderingException>(
            () => renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("classic")), CancellationToken.None));

        Assert.That(failure!.Code, Is.EqualTo(ExportErrorCodes.RenderTimeout), failure.InnerException?.ToString());
        Assert.That(failure.Transient, Is.True);
    }

    [Test]
    public void An_unknown_template_fails_permanently_as_render_failed()
    {
        var failure = Assert.ThrowsAsync<PdfRenderingException>(
            () => _renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("baroque")), CancellationToken.None));

        Assert.That(failure!.Code, Is.EqualTo(ExportErrorCodes.RenderFailed));
        Assert.That(failure.Transient, Is.False);
    }

    [Test]
    public async Task A_missing_browser_fails_as_transient_render_failed_and_is_unhealthy()
    {
        var (pool, renderer) = ChromiumRendererFactory.Create(o => o.ExecutablePath = "/nonexistent/chromium");
        await using var _ = pool;

        var failure = Assert.ThrowsAsync<PdfRenderingException>(
            () => renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("classic")), CancellationToken.None));

        Assert.That(failure!.Code, Is.EqualTo(ExportErrorCodes.RenderFailed));
        Assert.That(failure.Transient, Is.True);
        Assert.That(await pool.IsHealthyAsync(), Is.False);
    }

    [Test]
    public async Task A_running_browser_is_healthy()
    {
        Assert.That(await _pool.IsHealthyAsync(), Is.True);
    }

    [Test]
    public async Task Concurrent_renders_share_the_browser_and_all_complete()
    {
        var renders = Enumerable.Range(0, 6).Select(i => _renderer.RenderAsync(
            RenderingSamples.Request(RenderingSamples.Rich(ResumeTemplatesKeys[i % 3])), CancellationToken.None));

        var pdfs = await Task.WhenAll(renders);

        Assert.That(pdfs.Select(p => p.PageCount), Has.All.GreaterThanOrEqualTo(1));
    }

    [TestCase("classic")]
    [TestCase("modern")]
    [TestCase("compact")]
    public async Task Every_template_prints_a_multi_section_pdf_kept_as_a_sample(string templateKey)
    {
        var pdf = await _renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich(templateKey)), CancellationToken.None);

        using var document = PdfDocument.Open(pdf.Content);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.That(pdf.Content, Has.Length.GreaterThan(1000));
        // Compared ignoring case: templates set headings in capitals or small capitals.
        Assert.That(text, Does.Contain("Experience").IgnoreCase.And.Contain("Education").IgnoreCase
            .And.Contain("Skills").IgnoreCase.And.Contain("Volunteering").IgnoreCase);
        Assert.That(text, Does.Contain("Zalando").And.Contain("PostgreSQL"));

        // Kept for people (and reviewers) to look at: artifacts/ is git-ignored.
        var samples = Path.Combine(RepositoryRoot(), "artifacts", "pdf-samples");
        Directory.CreateDirectory(samples);
        await File.WriteAllBytesAsync(Path.Combine(samples, $"{templateKey}.pdf"), pdf.Content);
        var longPdf = await _renderer.RenderAsync(
            RenderingSamples.Request(RenderingSamples.LongExperience(templateKey, 30)), CancellationToken.None);
        await File.WriteAllBytesAsync(Path.Combine(samples, $"{templateKey}-long.pdf"), longPdf.Content);
    }

    private static readonly string[] ResumeTemplatesKeys = ["classic", "modern", "compact"];

    /// <summary>From this source file's location, so samples land in the checkout whatever the build output directory.</summary>
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", "..", ".."));
}
