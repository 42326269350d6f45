namespace ResumeExport.Adapters.Rendering;

/// <summary>
/// When the pool replaces its browser (decision 40): after <see cref="ChromiumOptions.RecycleBrowserAfterRenders"/>
/// renders, or when the browser's process tree holds more than <see cref="ChromiumOptions.RecycleBrowserAboveRssMB"/>.
/// Pure: the pool counts renders and measures memory, this only decides. Measuring reads <c>/proc</c> for every process
/// of the machine, so it is due at most once per <see cref="ChromiumOptions.BrowserMemoryCheckInterval"/>; a replacement
/// that could not be launched is tried again only after <see cref="LaunchRetryDelay"/>, so a broken Chromium install
/// is not relaunched after every render.
/// </summary>
internal sealed class BrowserRecyclePolicy(ChromiumOptions options, TimeProvider time)
{
    public static readonly TimeSpan LaunchRetryDelay = TimeSpan.FromSeconds(30);

    private const double BytesPerMB = 1e6;

    public bool RecyclesOnMemory => options.RecycleBrowserAboveRssMB > 0;

    /// <summary>True when the memory threshold is on and the last measurement of this browser is older than the interval.</summary>
    public bool IsMemoryCheckDue(DateTimeOffset? lastCheckedAt) =>
        RecyclesOnMemory && (lastCheckedAt is not { } last || time.GetUtcNow() - last >= options.BrowserMemoryCheckInterval);

    /// <summary>True unless a replacement failed to launch less than <see cref="LaunchRetryDelay"/> ago.</summary>
    public bool MayLaunchReplacement(DateTimeOffset? lastFailedAt) =>
        lastFailedAt is not { } failed || time.GetUtcNow() - failed >= LaunchRetryDelay;

    /// <param name="renders">Renders the browser finished since it was launched.</param>
    /// <param name="treeRssBytes">RSS summed over the browser's process tree, or null when not measured now.</param>
    /// <returns>Why the browser should be replaced now, or null to keep it.</returns>
    public BrowserRecycleReason? Decide(int renders, long? treeRssBytes)
    {
        if (options.RecycleBrowserAfterRenders > 0 && renders >= options.RecycleBrowserAfterRenders)
        {
            return BrowserRecycleReason.Renders;
        }

        if (RecyclesOnMemory && treeRssBytes is { } rss && rss > options.RecycleBrowserAboveRssMB * BytesPerMB)
        {
            return BrowserRecycleReason.Memory;
        }

        return null;
    }
}
