using PuppeteerSharp;
using PuppeteerSharp.Media;
using ResumeExport.Adapters.Rendering;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// Prints a template's HTML as the renderer would, but without its tightening pass: the reference "as drawn" layout a
/// test compares the renderer's output with. Its own browser, so it shares nothing with the renderer under test.
/// </summary>
internal sealed class PlainChromiumPrinter : IAsyncDisposable
{
    private readonly IBrowser _browser;

    private PlainChromiumPrinter(IBrowser browser) => _browser = browser;

    public static async Task<PlainChromiumPrinter> LaunchAsync() => new(await Puppeteer.LaunchAsync(new LaunchOptions
    {
        ExecutablePath = new ChromiumOptions().ExecutablePath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu"],
    }));

    public async Task<byte[]> PrintAsync(string html)
    {
        await using var page = await _browser.NewPageAsync();
        await page.SetJavaScriptEnabledAsync(false);
        await page.SetContentAsync(html);
        return await page.PdfDataAsync(new PdfOptions { Format = PaperFormat.A4, PreferCSSPageSize = true, PrintBackground = true, Tagged = true });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
    }
}
