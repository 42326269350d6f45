using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PuppeteerSharp;

namespace ResumeExport.Infrastructure.Rendering;

/// <summary>
/// One long-lived headless Chromium per process, shared by all renders: starting a browser costs about a second,
/// opening a page a few milliseconds. The browser starts on first use and again after it dies (crash, OOM kill);
/// at most <see cref="ChromiumOptions.MaxConcurrentPages"/> pages are open at once, so memory stays bounded under load.
/// </summary>
public sealed class ChromiumBrowserPool : IAsyncDisposable
{
    /// <summary>
    /// Hardening and quiet: no sandbox (containers rarely allow user namespaces; the page runs no script and loads nothing),
    /// no GPU, /tmp instead of a small /dev/shm, and none of the background traffic (updates, sync, QUIC) a desktop browser makes.
    /// </summary>
    public static IReadOnlyList<string> LaunchArguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);

    private readonly ChromiumOptions _options;
    private readonly ILogger<ChromiumBrowserPool> _logger;
    private readonly SemaphoreSlim _pageSlots;
    private readonly Lock _gate = new();
    private Task<LaunchedBrowser>? _current;
    private bool _disposed;

    public ChromiumBrowserPool(IOptions<ChromiumOptions> options, ILogger<ChromiumBrowserPool> logger)
    {
        _options = options.Value;
        _logger = logger;
        _pageSlots = new SemaphoreSlim(_options.MaxConcurrentPages, _options.MaxConcurrentPages);
    }

    /// <summary>The running browser's process id, or null before the first launch (operators and tests use it).</summary>
    public int? BrowserProcessId =>
        _current is { IsCompletedSuccessfully: true } current && IsAlive(current.Result.Browser) ? current.Result.Browser.Process?.Id : null;

    /// <summary>
    /// Runs <paramref name="work"/> on a fresh page that is closed afterwards, waiting for a free page slot first.
    /// Throws <see cref="ChromiumUnavailableException"/> when the browser cannot be started or died meanwhile: the caller
    /// may try again, and the next call starts a new browser.
    /// </summary>
    internal async Task<T> UsePageAsync<T>(Func<IPage, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await _pageSlots.WaitAsync(cancellationToken);
        try
        {
            var browser = await GetBrowserAsync(cancellationToken);
            var page = await OpenPageAsync(browser, cancellationToken);
            try
            {
                return await work(page, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException && !IsAlive(browser))
            {
                throw new ChromiumUnavailableException("Chromium died while rendering.", exception);
            }
            finally
            {
                await ClosePageQuietlyAsync(page);
            }
        }
        finally
        {
            _pageSlots.Release();
        }
    }

    /// <summary>For readiness: true when the browser is connected, or can be started now.</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var browser = await GetBrowserAsync(cancellationToken);
            return IsAlive(browser);
        }
        catch (ChromiumUnavailableException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task<LaunchedBrowser>? current;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            current = _current;
            _current = null;
        }

        if (current is not null)
        {
            try
            {
                await ShutDownAsync(await current);
            }
            catch (ChromiumUnavailableException)
            {
                // It never started: nothing to stop.
            }
        }

        _pageSlots.Dispose();
    }

    private async Task<IBrowser> GetBrowserAsync(CancellationToken cancellationToken)
    {
        Task<LaunchedBrowser> current;
        LaunchedBrowser? dead = null;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var needsLaunch = _current is null
                || _current.IsFaulted
                || _current.IsCanceled
                || (_current.IsCompletedSuccessfully && !IsAlive(_current.Result.Browser));
            if (needsLaunch)
            {
                if (_current is { IsCompletedSuccessfully: true })
                {
                    dead = _current.Result;
                }

                // Shared by every caller waiting now; a caller that gives up does not abandon a half-started browser.
                _current = LaunchAsync();
            }

            current = _current!;
        }

        if (dead is not null)
        {
            await ShutDownAsync(dead);
        }

        return (await current.WaitAsync(cancellationToken)).Browser;
    }

    private async Task<LaunchedBrowser> LaunchAsync()
    {
        var userDataDirectory = Directory.CreateTempSubdirectory("resume-export-chromium-").FullName;
        var started = Stopwatch.StartNew();
        try
        {
            var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = _options.ExecutablePath,
                Headless = true,
                Args = [.. LaunchArguments],
                UserDataDir = userDataDirectory,
                Timeout = (int)_options.LaunchTimeout.TotalMilliseconds,
                ProtocolTimeout = (int)Math.Max(_options.RenderTimeout.TotalMilliseconds * 2, 30_000),

                // A pipe rather than a DevTools port on localhost: no other local process can drive this browser.
                Pipe = true,
            });
            var processId = browser.Process?.Id;
            browser.Disconnected += (_, _) => RenderingLog.BrowserDisconnected(_logger, processId);
            RenderingLog.BrowserLaunched(_logger, processId, started.ElapsedMilliseconds);
            return new LaunchedBrowser(browser, userDataDirectory);
        }
        catch (Exception exception)
        {
            RenderingLog.BrowserLaunchFailed(_logger, _options.ExecutablePath, exception);
            DeleteQuietly(userDataDirectory);
            throw new ChromiumUnavailableException($"Chromium could not be started from '{_options.ExecutablePath}'.", exception);
        }
    }

    private static async Task<IPage> OpenPageAsync(IBrowser browser, CancellationToken cancellationToken)
    {
        var opening = browser.NewPageAsync();
        try
        {
            return await opening.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The page may still open after we stopped waiting: close it then, so no slot-less page lingers.
            _ = opening.ContinueWith(t => ClosePageQuietlyAsync(t.Result), CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            throw;
        }
        catch (Exception exception) when (!IsAlive(browser))
        {
            throw new ChromiumUnavailableException("Chromium died before a page could be opened.", exception);
        }
    }

    private static async Task ClosePageQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync().WaitAsync(ShutdownGrace);
        }
        catch (Exception)
        {
            // Best effort: a page of a dead browser is gone already; a hung one goes with the browser's next restart.
        }
    }

    private static bool IsAlive(IBrowser browser) =>
        browser.IsConnected && !browser.IsClosed && browser.Process is not { HasExited: true };

    private static async Task ShutDownAsync(LaunchedBrowser launched)
    {
        try
        {
            await launched.Browser.CloseAsync().WaitAsync(ShutdownGrace);
        }
        catch (Exception)
        {
            // Closing politely failed (already dead or hung): the kill below settles it.
        }

        try
        {
            if (launched.Browser.Process is { HasExited: false } process)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }

        await launched.Browser.DisposeAsync();
        DeleteQuietly(launched.UserDataDirectory);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A dying Chromium may still hold files; the OS cleans /tmp eventually.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }

    private sealed record LaunchedBrowser(IBrowser Browser, string UserDataDirectory);
}
