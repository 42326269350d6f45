using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>
/// What the export preview costs a render: the ceiling's warm-page print loop run as is and with the production preview
/// step after each print, back to back, at the same concurrency. Time per render is wall time per item at that
/// concurrency (1 / rate × concurrency); CPU is this process's and Chromium's per item.
/// </summary>
internal sealed record PreviewCost(PhaseResult Print, PhaseResult PrintAndPreview, int PreviewBytes)
{
    /// <summary>The bound: the preview may add at most this share to a render.</summary>
    public const double MaxShare = 0.20;

    public double PrintMs => Print.Run.Concurrency * 1000 / Print.Run.PerSecond;

    public double AddedMs => (PrintAndPreview.Run.Concurrency * 1000 / PrintAndPreview.Run.PerSecond) - PrintMs;

    public double Share => AddedMs / PrintMs;

    public double AddedCpuMs => CpuMs(PrintAndPreview) - CpuMs(Print);

    public double CpuShare => AddedCpuMs / CpuMs(Print);

    public bool WithinBound => Share <= MaxShare;

    public PreviewCost Worse(PreviewCost other) => other.Share > Share ? other : this;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"+{AddedMs:0} ms per render ({Share:P0} of a {PrintMs:0} ms print; {Print.Run.PerSecond:0.00}/s -> {PrintAndPreview.Run.PerSecond:0.00}/s), "
        + $"CPU +{AddedCpuMs:0} ms ({CpuShare:P0} of {CpuMs(Print):0} ms), PNG {PreviewBytes:N0} bytes");

    private static double CpuMs(PhaseResult phase) => (phase.DotNetCpuPerItem + phase.ChildCpuPerItem).TotalMilliseconds;
}
