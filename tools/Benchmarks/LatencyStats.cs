using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>Median and p95 (nearest rank) of a set of timings in milliseconds.</summary>
internal sealed record LatencyStats(int Count, double Median, double P95, double Min, double Max)
{
    public static LatencyStats From(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No samples.", nameof(samples));
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var p95 = sorted[Math.Max(0, (int)Math.Ceiling(0.95 * sorted.Length) - 1)];
        return new LatencyStats(sorted.Length, median, p95, sorted[0], sorted[^1]);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"n={Count} median {Median:0.000} ms p95 {P95:0.000} ms (min {Min:0.000}, max {Max:0.000})");
}
