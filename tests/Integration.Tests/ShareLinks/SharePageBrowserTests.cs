using System.Net;
using PuppeteerSharp;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.ShareLinks;

/// <summary>
/// "The share page works in real Chromium" (issue 24, item 4): the project's own chromium-headless-shell, driven by
/// PuppeteerSharp, against the real API on Kestrel (loopback) and the real PDF worker. The page shows the resume's
/// text and a "Download PDF" link whose PDF downloads (CDP download behaviour, %PDF bytes on disk), with no console
/// error, no failed or blocked request, no CSP violation, and no request to any host but the API's.
/// </summary>
[NonParallelizable]
public sealed class SharePageBrowserTests : IntegrationFixture
{
    private ApiFactory api = null!;
    private WorkerFactory<RenderExportPdfConsumer> pdfWorker = null!;
    private IBrowser browser = null!;

    [OneTimeSetUp]
    public async Task StartStackAsync()
    {
        api = new ApiFactory(ConnectionString, VirtualHost);
        api.StartServer();
        pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost);
        _ = pdfWorker.Services; // starts the worker: consumers, relay, Chromium pool
        browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = TestServices.Env("CHROMIUM_PATH", "/usr/bin/chromium-headless-shell"),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
        });
    }

    [OneTimeTearDown]
    public async Task StopStackAsync()
    {
        await browser.DisposeAsync();
        await pdfWorker.DisposeAsync();
        await api.DisposeAsync();
    }

    [Test]
    public async Task The_share_page_shows_the_resume_and_downloads_its_pdf_with_no_error_and_no_foreign_request()
    {
        var (owner, _) = await TestData.SignedInClientAsync(api, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner, "Ada Lovelace — Analytical Engineer");
        var (_, path) = await ShareLinkClient.CreateLinkAsync(owner, resumeId);
        var baseUri = owner.BaseAddress!;
        var downloads = Directory.CreateTempSubdirectory("share-pdf-");
        try
        {
            await using var page = await browser.NewPageAsync();
            var watch = await WatchAsync(page, baseUri);
            await page.Client.SendAsync("Page.setDownloadBehavior", new { behavior = "allow", downloadPath = downloads.FullName });

            var response = await page.GoToAsync(new Uri(baseUri, path).ToString(), new NavigationOptions { WaitUntil = [WaitUntilNavigation.Networkidle0], Timeout = 60_000 });
            var text = await page.EvaluateExpressionAsync<string>("document.body.innerText");
            var href = await page.EvaluateExpressionAsync<string>("document.querySelector('#download-pdf').getAttribute('href')");
            Assert.Multiple(() =>
            {
                Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(response.Headers["x-robots-tag"], Does.Contain("noindex"));
                Assert.That(response.Headers["cache-control"], Does.Contain("no-store"));
                Assert.That(response.Headers["content-security-policy"], Does.Contain("default-src 'none'").And.Contain("frame-ancestors 'none'"));
                Assert.That(text, Does.Contain("Ada Lovelace — Analytical Engineer").And.Contain("Builds reliable back ends.").And.Contain("Download PDF"));
                Assert.That(href, Is.EqualTo(path + "/pdf"));
            });

            // The click may first land on the "preparing" page (202), which reloads itself until the PDF downloads.
            await page.ClickAsync("#download-pdf");
            var pdf = await Eventually.UntilAsync(
                () => Task.FromResult(downloads.GetFiles("*.pdf").FirstOrDefault()),
                file => file is not null && file.Length > 4,
                "the PDF downloads",
                TimeSpan.FromSeconds(120));
            var bytes = await File.ReadAllBytesAsync(pdf!.FullName);
            Assert.That(System.Text.Encoding.ASCII.GetString(bytes, 0, 5), Is.EqualTo("%PDF-"));
            var listed = (await ShareLinkClient.ListAsync(owner, resumeId)).Single()!;
            Assert.That(listed["downloads"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(listed["views"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(1));
            await watch.AssertCleanAsync(page, pdfPath: path + "/pdf");
        }
        finally
        {
            downloads.Delete(recursive: true);
        }
    }

    [Test]
    public async Task A_wrong_password_shows_401_then_the_right_one_shows_the_resume()
    {
        var (owner, _) = await TestData.SignedInClientAsync(api, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner, "Grace Hopper — Compiler Pioneer");
        var (_, path) = await ShareLinkClient.CreateLinkAsync(owner, resumeId, new { password = "open-sesame-42" });
        var baseUri = owner.BaseAddress!;

        await using var page = await browser.NewPageAsync();
        var watch = await WatchAsync(page, baseUri);
        var asked = await page.GoToAsync(new Uri(baseUri, path).ToString(), new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] });
        Assert.That(asked.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await page.EvaluateExpressionAsync<string>("document.body.innerText"), Does.Not.Contain("Grace Hopper"));

        await page.TypeAsync("#password", "not-the-password");
        var wrong = await SubmitAsync(page);
        Assert.That(wrong.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await page.EvaluateExpressionAsync<string>("document.body.innerText"), Does.Contain("The password is incorrect."));

        await page.TypeAsync("#password", "open-sesame-42");
        var right = await SubmitAsync(page);
        Assert.That(right.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await page.EvaluateExpressionAsync<string>("document.body.innerText"), Does.Contain("Grace Hopper — Compiler Pioneer").And.Contain("Download PDF"));
        Assert.That(page.Url, Is.EqualTo(new Uri(baseUri, path).ToString()), "the post was followed by a GET of the page (303)");

        // 401s are the test's own doing here: Chromium logs each as a console error, so only those are allowed.
        await watch.AssertCleanAsync(page, allowedConsole: "status of 401");
    }

    [Test]
    public async Task Revoked_expired_and_unknown_links_answer_410_410_and_404_in_the_browser()
    {
        var (owner, _) = await TestData.SignedInClientAsync(api, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner);
        var (revokedId, revoked) = await ShareLinkClient.CreateLinkAsync(owner, resumeId);
        (await owner.DeleteAsync($"/api/resumes/{resumeId}/share-links/{revokedId}")).EnsureSuccessStatusCode();
        var (_, expiring) = await ShareLinkClient.CreateLinkAsync(owner, resumeId, new { expiresAt = DateTimeOffset.UtcNow.AddSeconds(2) });
        var baseUri = owner.BaseAddress!;

        await using var page = await browser.NewPageAsync();
        var revokedPage = await page.GoToAsync(new Uri(baseUri, revoked).ToString());
        Assert.That(revokedPage.Status, Is.EqualTo(HttpStatusCode.Gone));
        Assert.That(await page.EvaluateExpressionAsync<string>("document.body.innerText"), Does.Contain("revoked or has expired"));

        var expiredStatus = await Eventually.UntilAsync(
            async () => (await page.GoToAsync(new Uri(baseUri, expiring).ToString())).Status,
            status => status == HttpStatusCode.Gone, "the link expires", TimeSpan.FromSeconds(30));
        Assert.That(expiredStatus, Is.EqualTo(HttpStatusCode.Gone));

        var unknown = await page.GoToAsync(new Uri(baseUri, "/s/" + new string('A', 43)).ToString());
        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown.Headers["x-robots-tag"], Does.Contain("noindex"));
    }

    private static async Task<IResponse> SubmitAsync(IPage page)
    {
        var navigation = page.WaitForNavigationAsync(new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] });
        await page.ClickAsync("button[type=submit]");
        return await navigation;
    }

    private static async Task<BrowserWatch> WatchAsync(IPage page, Uri api)
    {
        var watch = new BrowserWatch(api);
        page.Console += (_, e) => watch.Console.Add($"{e.Message.Type}: {e.Message.Text}");
        page.PageError += (_, e) => watch.Console.Add($"pageerror: {e.Message}");
        page.Request += (_, e) => watch.Requests.Add(e.Request.Url);
        page.RequestFailed += (_, e) => watch.Failed.Add($"{e.Request.Url} {e.Request.FailureText}");
        await page.EvaluateExpressionOnNewDocumentAsync(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");
        return watch;
    }

    private sealed class BrowserWatch(Uri api)
    {
        public List<string> Console { get; } = [];

        public List<string> Requests { get; } = [];

        public List<string> Failed { get; } = [];

        /// <param name="pdfPath">
        /// A navigation that turns into a download is reported as aborted (net::ERR_ABORTED) by Chromium: that one
        /// request, to the PDF, is the download itself, not a failure.
        /// </param>
        public async Task AssertCleanAsync(IPage page, string? pdfPath = null, string? allowedConsole = null)
        {
            var violations = await page.EvaluateExpressionAsync<string[]>("window.__violations");
            var failed = Failed.Where(f => pdfPath is null || !(f.StartsWith(new Uri(api, pdfPath).ToString(), StringComparison.Ordinal) && f.EndsWith("net::ERR_ABORTED", StringComparison.Ordinal)));
            var errors = Console.Where(c => (c.StartsWith("error", StringComparison.Ordinal) || c.StartsWith("pageerror", StringComparison.Ordinal) || c.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                && (allowedConsole is null || !c.Contains(allowedConsole, StringComparison.Ordinal)));
            var foreign = Requests.Where(r => !r.StartsWith("data:", StringComparison.Ordinal) && new Uri(r).Authority != api.Authority);
            Assert.Multiple(() =>
            {
                Assert.That(violations, Is.Empty, "CSP violations");
                Assert.That(errors, Is.Empty, "console errors");
                Assert.That(failed, Is.Empty, "failed or blocked requests");
                Assert.That(foreign, Is.Empty, "requests to another host");
                Assert.That(Requests, Is.Not.Empty);
            });
        }
    }
}
