using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PuppeteerSharp;
using ResumeExport.Application.Common.Diagnostics;

namespace ResumeExport.Adapters.Rendering;

/// <summary>
/// One long-lived headless Chromium per process and a pool of warm pages in it, shared by all renders. Starting a browser
/// costs about a second; opening a page costs Chromium a new renderer process, several times the CPU of printing a
/// one-page resume, so pages are kept and reused. The browser starts on first use and again after it dies (crash, OOM
/// kill). At most <see cref="ChromiumOptions.MaxConcurrentPages"/> pages exist at once, each used by one render at a time,
/// so memory stays bounded under load.
/// <para>
/// A page is guarded once, when it opens: JavaScript off, and every request but the document's own inline content
/// (<c>data:</c>, <c>about:blank</c>) aborted, so user-supplied URLs never reach the network. Each render replaces the
/// page's whole document before it prints. A page is closed instead of reused after a failed or timed-out render, when
/// its browser was lost, and after <see cref="ChromiumOptions.RendersPerPage"/> renders (a fresh renderer process now and
/// then bounds whatever one accumulates).
/// </para>
/// <para>
/// The browser itself is replaced after <see cref="ChromiumOptions.RecycleBrowserAfterRenders"/> renders or above
/// <see cref="ChromiumOptions.RecycleBrowserAboveRssMB"/> (decision 40), without failing or holding up a render: the
/// new browser is launched beside the old one, new leases go to it once it runs, and the old one is closed when its
/// last render in flight has finished.
/// </para>
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
    private readonly BrowserRecyclePolicy _recyclePolicy;
    private readonly TimeProvider _time;
    private readonly ResumeExportMetrics? _metrics;
    private readonly HashSet<LaunchedBrowser> _draining = [];
    private readonly SemaphoreSlim _pageSlots;
    private readonly ConcurrentStack<WarmPage> _idlePages = new();
    private readonly Lock _gate = new();
    private Task<LaunchedBrowser>? _current;
    private bool _disposed;
    private int _pagesOpened;
    private int _browsersRecycled;
    private bool _recycling;
    private DateTimeOffset? _replacementFailedAt;

    public ChromiumBrowserPool(
        IOptions<ChromiumOptions> options, ILogger<ChromiumBrowserPool> logger, TimeProvider? time = null, ResumeExportMetrics? metrics = null)
    {
        _options = options.Value;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _metrics = metrics;
        _recyclePolicy = new BrowserRecyclePolicy(_options, _time);
        _pageSlots = new SemaphoreSlim(_options.MaxConcurrentPages, _options.MaxConcurrentPages);
    }

    /// <summary>
    /// The running browser's own process id, as Chromium reports it, or null before the first launch or while none runs
    /// (readiness shows it; operators and the reliability suite use it). Not the launched process's id: Debian's
    /// <c>/usr/bin/chromium-headless-shell</c> is a shell script that runs the browser as its child.
    /// </summary>
    public int? BrowserProcessId =>
        _current is { IsCompletedSuccessfully: true } current && IsAlive(current.Result.Browser) ? current.Result.ProcessId : null;

    /// <summary>Pages opened since start (each a new renderer process): operators and tests see how well pages are reused.</summary>
    public int PagesOpened => Volatile.Read(ref _pagesOpened);

    /// <summary>Browsers replaced by a fresh one since start (decision 40): tests and operators see the recycling happen.</summary>
    public int BrowsersRecycled => Volatile.Read(ref _browsersRecycled);

    /// <summary>
    /// Runs <paramref name="work"/> on a guarded page that no other render uses meanwhile, waiting for a free page slot
    /// first: a warm page of the running browser when one is idle, else a new one. The page goes back to the pool only when
    /// <paramref name="work"/> succeeded; it is closed after a failure, a cancellation or time-out, or its last allowed render.
    /// Throws <see cref="ChromiumUnavailableException"/> when the browser cannot be started or died meanwhile: the caller
    /// may try again, and the next call starts a new browser.
    /// </summary>
    internal async Task<T> UsePageAsync<T>(Func<IPage, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await _pageSlots.WaitAsync(cancellationToken);
        WarmPage? page = null;
        LaunchedBrowser? leased = null;
        var reusable = false;
        var succeeded = false;
        try
        {
            var browser = leased = await LeaseBrowserAsync(cancellationToken);
            page = TakeIdlePage(browser) ?? await OpenPageAsync(browser, cancellationToken);
            try
            {
                var result = await work(page.Page, cancellationToken);
                reusable = page.CountRender() < _options.RendersPerPage;
                succeeded = true;
                return result;
            }
            catch (Exception exception) when (exception is not OperationCanceledException && !IsAlive(browser.Browser))
            {
                throw new ChromiumUnavailableException("Chromium died while rendering.", exception);
            }
        }
        finally
        {
            if (page is not null)
            {
                await ReturnOrCloseAsync(page, reusable);
            }

            if (leased is not null)
            {
                EndLease(leased, succeeded);
            }

            _pageSlots.Release();
        }
    }

    /// <summary>For readiness: true when the browser is connected, or can be started now.</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var browser = await GetBrowserAsync(cancellationToken);
            return IsAlive(browser.Browser);
        }
        catch (ChromiumUnavailableException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task<LaunchedBrowser>? current;
        LaunchedBrowser[] draining;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            current = _current;
            _current = null;
            draining = [.. _draining];
            _draining.Clear();
        }

        _idlePages.Clear();
        foreach (var old in draining)
        {
            await ShutDownAsync(old);
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

    private async Task<LaunchedBrowser> GetBrowserAsync(CancellationToken cancellationToken)
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
                    dead.Retired = true;
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

        return await current.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// The current browser, counted as in use until <see cref="EndLease"/>: a browser being retired by a recycle is
    /// closed only when no lease on it is left, so a render that got it finishes on it.
    /// </summary>
    private async Task<LaunchedBrowser> LeaseBrowserAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var browser = await GetBrowserAsync(cancellationToken);
            lock (_gate)
            {
                if (!browser.Retired)
                {
                    browser.Leases++;
                    return browser;
                }
            }

            // Replaced between the two steps: the next round gets the new one.
        }
    }

    /// <summary>
    /// Counts the render, closes a retired browser whose last lease this was, and decides whether the current one is due
    /// for replacement. Everything slow (reading its memory, launching the replacement, closing the old one) runs off the
    /// render's path, so the caller returns at once.
    /// </summary>
    private void EndLease(LaunchedBrowser browser, bool succeeded)
    {
        var drained = false;
        BrowserRecycleReason? reason = null;
        var measure = false;
        lock (_gate)
        {
            browser.Leases--;
            if (succeeded)
            {
                browser.Renders++;
            }

            if (browser.Retired)
            {
                drained = browser.Leases == 0 && _draining.Remove(browser);
            }
            else if (!_disposed && !_recycling && IsCurrent(browser) && _recyclePolicy.MayLaunchReplacement(_replacementFailedAt))
            {
                reason = _recyclePolicy.Decide(browser.Renders, treeRssBytes: null);
                measure = reason is null && browser.ProcessId is not null && _recyclePolicy.IsMemoryCheckDue(browser.MemoryCheckedAt);
                if (measure)
                {
                    browser.MemoryCheckedAt = _time.GetUtcNow();
                }

                _recycling = reason is not null;
            }
        }

        if (drained)
        {
            _ = ShutDownAsync(browser);
        }
        else if (reason is { } due)
        {
            _ = Task.Run(() => RecycleAsync(browser, due, treeRssBytes: null));
        }
        else if (measure)
        {
            _ = Task.Run(() => RecycleIfAboveMemoryAsync(browser));
        }
    }

    private async Task RecycleIfAboveMemoryAsync(LaunchedBrowser browser)
    {
        var rss = ProcessTreeMemory.RssBytes(browser.ProcessId!.Value);
        lock (_gate)
        {
            if (_disposed || _recycling || !IsCurrent(browser) || _recyclePolicy.Decide(browser.Renders, rss) is not BrowserRecycleReason.Memory)
            {
                return;
            }

            _recycling = true;
        }

        await RecycleAsync(browser, BrowserRecycleReason.Memory, rss);
    }

    /// <summary>
    /// Launches the replacement while <paramref name="old"/> keeps serving, then switches new leases to it; <paramref name="old"/>
    /// is closed now if idle, else by its last lease. A replacement that cannot start leaves <paramref name="old"/> in service.
    /// </summary>
    private async Task RecycleAsync(LaunchedBrowser old, BrowserRecycleReason reason, long? treeRssBytes)
    {
        LaunchedBrowser fresh;
        try
        {
            fresh = await LaunchAsync();
        }
        catch (ChromiumUnavailableException exception)
        {
            lock (_gate)
            {
                _recycling = false;
                _replacementFailedAt = _time.GetUtcNow();
            }

            RenderingLog.BrowserRecycleFailed(_logger, old.ProcessId, exception);
            return;
        }

        bool switched, idle = false;
        lock (_gate)
        {
            _recycling = false;
            switched = !_disposed && IsCurrent(old);
            if (switched)
            {
                _current = Task.FromResult(fresh);
                old.Retired = true;
                idle = old.Leases == 0;
                if (!idle)
                {
                    _draining.Add(old);
                }
            }
        }

        if (!switched)
        {
            // Disposed, or the old browser died and was relaunched meanwhile: the spare is not needed.
            await ShutDownAsync(fresh);
            return;
        }

        Interlocked.Increment(ref _browsersRecycled);
        var reasonName = reason == BrowserRecycleReason.Renders ? "renders" : "memory";
        _metrics?.BrowserRecycled(reasonName);
        RenderingLog.BrowserRecycled(_logger, old.ProcessId, fresh.ProcessId, reasonName, old.Renders,
            treeRssBytes is { } rss ? (long)Math.Round(rss / 1e6) : null);
        if (idle)
        {
            await ShutDownAsync(old);
        }
    }

    private bool IsCurrent(LaunchedBrowser browser) => _current is { IsCompletedSuccessfully: true } current && current.Result == browser;

    /// <summary>An idle page of <paramref name="browser"/>; pages of a browser that was replaced are dropped on the way (they died with it).</summary>
    private WarmPage? TakeIdlePage(LaunchedBrowser browser)
    {
        while (_idlePages.TryPop(out var page))
        {
            if (page.Owner == browser && !page.Page.IsClosed)
            {
                return page;
            }

            _ = ClosePageQuietlyAsync(page.Page);
        }

        return null;
    }

    private async Task ReturnOrCloseAsync(WarmPage page, bool reusable)
    {
        if (reusable && !_disposed && !page.Owner.Retired && page.Owner.Browser.IsConnected && !page.Page.IsClosed)
        {
            _idlePages.Push(page);
            return;
        }

        if (page.Owner.Retired)
        {
            // Its browser is being replaced and closes with its last lease, taking the page along: the render that
            // just finished does not wait for the page to close first.
            _ = ClosePageQuietlyAsync(page.Page);
            return;
        }

        await ClosePageQuietlyAsync(page.Page);
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

                // The headless shell (the default, decision 23) is headless whatever the flag says; the full browser
                // needs it. The same launch therefore serves both binaries.
                Headless = true,
                Args = [.. LaunchArguments],
                UserDataDir = userDataDirectory,
                Timeout = (int)_options.LaunchTimeout.TotalMilliseconds,
                ProtocolTimeout = (int)Math.Max(_options.RenderTimeout.TotalMilliseconds * 2, 30_000),

                // A pipe rather than a DevTools port on localhost: no other local process can drive this browser.
                Pipe = true,
            });
            var processId = await OwnProcessIdAsync(browser) ?? browser.Process?.Id;
            browser.Disconnected += (_, _) => RenderingLog.BrowserDisconnected(_logger, processId);
            RenderingLog.BrowserLaunched(_logger, processId, started.ElapsedMilliseconds);
            return new LaunchedBrowser(browser, userDataDirectory, processId);
        }
        catch (Exception exception)
        {
            RenderingLog.BrowserLaunchFailed(_logger, _options.ExecutablePath, exception);
            DeleteQuietly(userDataDirectory);
            throw new ChromiumUnavailableException($"Chromium could not be started from '{_options.ExecutablePath}'.", exception);
        }
    }

    /// <summary>The browser process's id from Chromium itself (DevTools <c>SystemInfo.getProcessInfo</c>), whatever launched it; null if it cannot say.</summary>
    private static async Task<int?> OwnProcessIdAsync(IBrowser browser)
    {
        try
        {
            var session = await browser.Target.CreateCDPSessionAsync();
            try
            {
                var info = await session.SendAsync("SystemInfo.getProcessInfo");
                if (info is { } root && root.TryGetProperty("processInfo", out var processes) && processes.ValueKind == JsonValueKind.Array)
                {
                    foreach (var process in processes.EnumerateArray())
                    {
                        if (process.TryGetProperty("type", out var type) && type.GetString() == "browser" && process.TryGetProperty("id", out var id))
                        {
                            return id.GetInt32();
                        }
                    }
                }
            }
            finally
            {
                await session.DetachAsync();
            }
        }
        catch (Exception exception) when (exception is PuppeteerException or JsonException or InvalidOperationException)
        {
            // An old or trimmed build without the SystemInfo domain: the launched process's id is the best left.
        }

        return null;
    }

    private async Task<WarmPage> OpenPageAsync(LaunchedBrowser browser, CancellationToken cancellationToken)
    {
        var opening = OpenGuardedPageAsync(browser.Browser);
        try
        {
            var page = await opening.WaitAsync(cancellationToken);
            Interlocked.Increment(ref _pagesOpened);
            return new WarmPage(page, browser);
        }
        catch (OperationCanceledException)
        {
            // The page may still open after we stopped waiting: close it then, so no slot-less page lingers.
            _ = opening.ContinueWith(t => ClosePageQuietlyAsync(t.Result), CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            throw;
        }
        catch (Exception exception) when (!IsAlive(browser.Browser))
        {
            throw new ChromiumUnavailableException("Chromium died before a page could be opened.", exception);
        }
    }

    /// <summary>The guards hold for the page's whole life, so every document it ever shows runs no script and fetches nothing.</summary>
    private async Task<IPage> OpenGuardedPageAsync(IBrowser browser)
    {
        // A plain tab: printing needs no painted frame, so a tab hidden behind another render's tab prints all the same
        // (the preview, which did need frames, is drawn from the stored PDF since decision 22).
        var page = await browser.NewPageAsync();
        try
        {
            await page.SetJavaScriptEnabledAsync(false);
            await page.SetRequestInterceptionAsync(true);
            page.Request += (_, e) => _ = AllowInlineContentOnlyAsync(e.Request);
            return page;
        }
        catch
        {
            await ClosePageQuietlyAsync(page);
            throw;
        }
    }

    /// <summary>The SSRF guard: the page holds everything it needs, so any request leaving it is refused.</summary>
    private async Task AllowInlineContentOnlyAsync(IRequest request)
    {
        try
        {
            var url = request.Url ?? string.Empty;
            if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url.Equals("about:blank", StringComparison.OrdinalIgnoreCase))
            {
                await request.ContinueAsync();
                return;
            }

            RenderingLog.RequestBlocked(_logger, url.Split(':', 2)[0]);
            await request.AbortAsync(RequestAbortErrorCode.BlockedByClient);
        }
        catch (PuppeteerException)
        {
            // The page closed while the request was pending: nothing left to allow or block.
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

    /// <summary>A running browser; the mutable counts are read and written under the pool's gate.</summary>
    private sealed class LaunchedBrowser(IBrowser browser, string userDataDirectory, int? processId)
    {
        public IBrowser Browser { get; } = browser;

        public string UserDataDirectory { get; } = userDataDirectory;

        public int? ProcessId { get; } = processId;

        /// <summary>Renders holding this browser now.</summary>
        public int Leases { get; set; }

        /// <summary>Renders finished on it since launch.</summary>
        public int Renders { get; set; }

        /// <summary>Replaced (recycled or found dead): takes no new lease.</summary>
        public bool Retired { get; set; }

        public DateTimeOffset? MemoryCheckedAt { get; set; }
    }

    /// <summary>A guarded page, the browser it lives in, and how many renders it has done.</summary>
    private sealed class WarmPage(IPage page, LaunchedBrowser owner)
    {
        private int renders;

        public IPage Page { get; } = page;

        public LaunchedBrowser Owner { get; } = owner;

        /// <returns>Renders done on this page, this one included.</returns>
        public int CountRender() => ++renders;
    }
}
