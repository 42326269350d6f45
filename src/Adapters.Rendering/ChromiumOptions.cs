using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Adapters.Rendering;

/// <summary>Headless Chromium for PDF rendering (section <c>Chromium</c>). The browser is the OS package, found by path, never downloaded.</summary>
public sealed class ChromiumOptions
{
    public const string SectionName = "Chromium";

    /// <summary>
    /// Debian's <c>chromium-headless-shell</c> package installs here: Chromium's headless shell, the same Blink and PDF
    /// printer without the browser's UI layers, prints a resume in about half the CPU of <c>/usr/bin/chromium</c>
    /// (docs/decisions/0023-chromium-headless-shell.md). The full browser still works if set here.
    /// </summary>
    [Required]
    public string ExecutablePath { get; set; } = "/usr/bin/chromium-headless-shell";

    /// <summary>
    /// Size of the warm page pool: pages open, and rendering, at once in the one browser. Each costs a renderer process
    /// (~50–150 MB). Match it to the worker's CPU: one page per core keeps Chromium busy.
    /// </summary>
    [Range(1, 32)]
    public int MaxConcurrentPages { get; set; } = 2;

    /// <summary>
    /// Renders a page does before it is closed and replaced by a fresh one (a new renderer process), which bounds what a
    /// long-lived renderer accumulates. Opening a page costs about as much CPU as several prints, so keep this well above 1.
    /// </summary>
    [Range(1, 100_000)]
    public int RendersPerPage { get; set; } = 200;

    /// <summary>
    /// Renders after which the pool replaces its browser with a fresh one (decision 40): a new Chromium is started, new
    /// renders go to it, the old one finishes its renders in flight and is then closed, so no render fails or waits for
    /// the swap. Bounds what the browser process itself accumulates (pages are already renewed by
    /// <see cref="RendersPerPage"/>). 0 turns it off. Default measured in docs/performance.md ("Soak").
    /// </summary>
    [Range(0, 100_000_000)]
    public int RecycleBrowserAfterRenders { get; set; } = 10_000;

    /// <summary>
    /// The browser is replaced likewise when the RSS summed over its process tree (browser, zygote, GPU, network and
    /// renderer processes; shared pages counted per process, as <c>ps</c> shows them) exceeds this many MB
    /// (10^6 bytes). 0 turns it off. Default measured in docs/performance.md ("Soak"): well above what a healthy tree holds.
    /// </summary>
    [Range(0, 1_000_000)]
    public int RecycleBrowserAboveRssMB { get; set; } = 2_500;

    /// <summary>How often, at most, the pool measures the browser's memory (it reads <c>/proc</c>), checked after a render.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BrowserMemoryCheckInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Budget for one render, waiting for a free page included; past it the export fails with <c>render_timeout</c> (retried by the queue).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long starting the browser may take before it counts as unavailable.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan LaunchTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
