using PuppeteerSharp;
using PuppeteerSharp.Media;
using ResumeExport.Adapters.Rendering;

namespace ResumeExport.Benchmarks;

/// <summary>
/// The ceiling of <c>exports</c>: what this Chromium can print on this machine, measured with PuppeteerSharp directly and
/// none of our renderer's code. One browser launched with the production flags, <c>concurrency</c> pages opened once (each
/// in a window of its own, as production opens them) and kept warm, each guarded like production pages (JavaScript off, every request but <c>data:</c>/<c>about:blank</c>
/// aborted); every print replaces the page's content with the benchmark's HTML and prints it with the production PDF
/// options (tagged, outline, CSS page size, backgrounds, A4).
/// </summary>
internal sealed class WarmPageCeiling : IAsyncDisposable
{
    private readonly IBrowser browser;
    private readonly IPage[] pages;
    private readonly string userDataDirectory;

    private WarmPageCeiling(IBrowser browser, IPage[] pages, string userDataDirectory)
    {
        this.browser = browser;
        this.pages = pages;
        this.userDataDirectory = userDataDirectory;
    }

    public int Concurrency => pages.Length;

    public (int Pages, int Bytes) LastDocument { get; private set; }

    public static async Task<WarmPageCeiling> LaunchAsync(string executablePath, int concurrency)
    {
        var userDataDirectory = Directory.CreateTempSubdirectory("bench-ceiling-chromium-").FullName;
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args = [.. ChromiumBrowserPool.LaunchArguments],
            UserDataDir = userDataDirectory,
            Pipe = true,
        });
        var pages = new IPage[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            pages[i] = await browser.NewPageAsync();
            await pages[i].SetJavaScriptEnabledAsync(false);
            await pages[i].SetRequestInterceptionAsync(true);
            pages[i].Request += (_, e) => _ = GuardAsync(e.Request);
        }

        return new WarmPageCeiling(browser, pages, userDataDirectory);
    }

    public Task<ThroughputRun> PrintAsync(string html, int count, CancellationToken cancellationToken) =>
        ThroughputRun.MeasureWithWorkersAsync(count, pages, async (page, ct) =>
        {
            await page.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load] });
            var pdf = await page.PdfDataAsync(new PdfOptions
            {
                Format = PaperFormat.A4,
                PreferCSSPageSize = true,
                PrintBackground = true,
                Tagged = true,
                Outline = true,
                WaitForFonts = false,
            });
            LastDocument = (PdfPageCount.Of(pdf), pdf.Length);
        }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        await browser.DisposeAsync();
        try
        {
            Directory.Delete(userDataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be releasing files; /tmp is cleaned eventually.
        }
    }

    private static async Task GuardAsync(IRequest request)
    {
        try
        {
            var url = request.Url ?? string.Empty;
            if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url.Equals("about:blank", StringComparison.OrdinalIgnoreCase))
            {
                await request.ContinueAsync();
            }
            else
            {
                await request.AbortAsync(RequestAbortErrorCode.BlockedByClient);
            }
        }
        catch (PuppeteerException)
        {
            // The page moved on; nothing to allow or block.
        }
    }
}
