using PuppeteerSharp;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

/// <summary>
/// The interactive API reference lives under its own Content-Security-Policy (issue 12, item 9): loaded in the real
/// Debian Chromium, it renders the operations of the document and the browser reports no CSP violation.
/// </summary>
[NonParallelizable]
public sealed class ApiReferencePageTests : ApiFixture
{
    [Test]
    public async Task The_reference_page_renders_in_chromium_without_a_single_csp_violation()
    {
        using var client = Api.CreateClient();
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = TestServices.Env("CHROMIUM_PATH", "/usr/bin/chromium-headless-shell"),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
        });
        await using var page = await browser.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Message.Type}: {message.Message.Text}");
        await page.EvaluateExpressionOnNewDocumentAsync(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");

        var response = await page.GoToAsync(new Uri(client.BaseAddress!, "/scalar/v1").ToString(), new NavigationOptions { WaitUntil = [WaitUntilNavigation.Networkidle0], Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => document.body.innerText.includes('/api/templates')", new WaitForFunctionOptions { Timeout = 60_000 });
        var violations = await page.EvaluateExpressionAsync<string[]>("window.__violations");

        Assert.That(response.Headers["content-security-policy"], Does.Contain("frame-ancestors 'none'"));
        Assert.That(violations, Is.Empty, string.Join(Environment.NewLine, console));
        Assert.That(console.Where(c => c.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }
}
