using System.Diagnostics;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// The pool replaces its Chromium on the real browser (decision 40): renders running across the replacement all
/// succeed, the browser's process id changes, and the old browser's processes go away once its renders are done.
/// </summary>
[NonParallelizable]
public sealed class ChromiumBrowserRecycleTests
{
    private const int MaxRounds = 40;
    private static readonly TimeSpan RecycleDeadline = TimeSpan.FromSeconds(90);

    [Test]
    public async Task Renders_across_recycles_every_three_renders_all_succeed_on_a_new_browser_each_time()
    {
        var (pool, renderer) = ChromiumRendererFactory.Create(o => (o.MaxConcurrentPages, o.RecycleBrowserAfterRenders) = (2, 3));
        await using var _ = pool;
        await renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("classic")), CancellationToken.None);
        var first = pool.BrowserProcessId!.Value;
        var pids = new HashSet<int> { first };

        // Four at a time against two pages: renders are always waiting or in flight while a browser is replaced. Rounds
        // go on until three replacements have happened (a launch takes seconds on a loaded machine, and a browser is only
        // replaced as a render ends), bounded in rounds and time.
        var failures = 0;
        var deadline = Stopwatch.StartNew();
        for (var round = 0; round < MaxRounds && (round < 4 || pool.BrowsersRecycled < 3) && deadline.Elapsed < RecycleDeadline; round++)
        {
            var renders = Enumerable.Range(0, 4).Select(_ => renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("classic")), CancellationToken.None));
            var results = await Task.WhenAll(renders.Select(async r =>
            {
                try
                {
                    return (await r).PageCount;
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures);
                    return 0;
                }
            }));
            Assert.That(results, Is.All.GreaterThan(0));
            if (pool.BrowserProcessId is { } pid)
            {
                pids.Add(pid);
            }
        }

        Assert.That(failures, Is.Zero, "no render failed across the recycles");
        await Eventually.UntilAsync(() => pool.BrowsersRecycled >= 3 && pool.BrowserProcessId is { } now && now != first,
            "the pool to have replaced its browser three times", TimeSpan.FromSeconds(30));
        Assert.That(pids, Has.Count.GreaterThan(1), "the browser's process id changed");
        await Eventually.UntilAsync(() => !IsAlive(first), "the first browser to be closed once drained", TimeSpan.FromSeconds(30));
    }

    [Test]
    public async Task A_browser_above_the_memory_threshold_is_replaced_and_renders_go_on()
    {
        var (pool, renderer) = ChromiumRendererFactory.Create(o =>
            (o.RecycleBrowserAfterRenders, o.RecycleBrowserAboveRssMB, o.BrowserMemoryCheckInterval) = (0, 1, TimeSpan.FromSeconds(1)));
        await using var _ = pool;
        await renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("classic")), CancellationToken.None);
        var first = pool.BrowserProcessId!.Value;

        // Every browser is above 1 MB: the first memory check after a render replaces it.
        await Eventually.UntilAsync(async () =>
        {
            await renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("classic")), CancellationToken.None);
            return pool.BrowsersRecycled;
        }, recycled => recycled >= 1, "a recycle on memory", TimeSpan.FromSeconds(60));
        var pdf = await renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("classic")), CancellationToken.None);

        Assert.That(pdf.PageCount, Is.GreaterThan(0));
        await Eventually.UntilAsync(() => pool.BrowserProcessId is { } now && now != first, "a new browser in service", TimeSpan.FromSeconds(30));
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
