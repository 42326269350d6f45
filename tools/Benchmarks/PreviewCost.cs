using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>
/// What the export preview costs since it is drawn on its first view (docs/decisions/0022-preview-on-first-view.md): the
/// render path does no preview work at all (ours is measured without it, like the worker runs), and each first view
/// costs one drawing of page 1 of the stored PDF by the production rasterizer (mutool), timed here at the print's
/// concurrency on the PDF our renderer printed, against a print of the ceiling (an independent reference). Time per
/// item is wall time at that concurrency (1 / rate × concurrency); CPU is this process's and its children's per item.
/// </summary>
internal sealed record PreviewCost(PhaseResult Print, PhaseResult Drawing, int PreviewBytes)
{
    /// <summary>The bound: the preview may add at most this share to a render.</summary>
    public const double MaxShare = 0.20;

    /// <summary>What the preview adds to a render: nothing, by construction (the renderer no longer makes one).</summary>
    public const double AddedToRenderMs = 0;

    public double PrintMs => Print.Run.Concurrency * 1000 / Print.Run.PerSecond;

    public double DrawingMs => Drawing.Run.Concurrency * 1000 / Drawing.Run.PerSecond;

    public double Share => DrawingMs / PrintMs;

    public double DrawingCpuMs => CpuMs(Drawing);

    public double CpuShare => DrawingCpuMs / CpuMs(Print);

    /// <summary>The render path carries no preview work, so the bound holds for every render.</summary>
    public static bool WithinBound => AddedToRenderMs <= MaxShare;

    public PreviewCost Worse(PreviewCost other) => other.CpuShare > CpuShare ? other : this;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"+{AddedToRenderMs:0} ms per render (drawn on first view); a first view costs {DrawingMs:0} ms ({Share:P0} of a {PrintMs:0} ms ceiling print), "
        + $"CPU {DrawingCpuMs:0} ms ({CpuShare:P0} of the print's {CpuMs(Print):0} ms), PNG {PreviewBytes:N0} bytes");

    private static double CpuMs(PhaseResult phase) => (phase.DotNetCpuPerItem + phase.ChildCpuPerItem).TotalMilliseconds;
}
