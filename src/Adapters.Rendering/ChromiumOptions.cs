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

    /// <summary>Budget for one render, waiting for a free page included; past it the export fails with <c>render_timeout</c> (retried by the queue).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long starting the browser may take before it counts as unavailable.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan LaunchTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
