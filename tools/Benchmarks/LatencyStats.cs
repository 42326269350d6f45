using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>Median, p95 and p99 (nearest rank) of a set of timings in milliseconds.</summary>
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
        return new LatencyStats(sorted.Length, median, Rank(sorted, 0.95), sorted[0], sorted[^1]) { P99 = Rank(sorted, 0.99) };
    }

    public double P99 { get; private init; }

    private static double Rank(double[] sorted, double quantile) => sorted[Math.Max(0, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"n={Count} median {Median:0.000} ms p95 {P95:0.000} ms (min {Min:0.000}, max {Max:0.000})");
}
