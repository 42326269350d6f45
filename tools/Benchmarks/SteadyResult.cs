using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <param name="TargetRate">Exports per second asked for (half the end-to-end maximum).</param>
/// <param name="OfferedRate">Exports per second actually POSTed.</param>
/// <param name="Latency">Per export, requestedAt → completedAt, as the stack stamped them.</param>
internal sealed record SteadyResult(double TargetRate, double OfferedRate, int Completed, int Failed, LatencyStats Latency, string Load)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"steady rate: {Completed + Failed} exports offered at {OfferedRate:0.00}/s (half of end-to-end: {TargetRate:0.00}/s): POST -> completed p50 {Latency.Median:0} ms, p95 {Latency.P95:0} ms, max {Latency.Max:0} ms; failed {Failed}; {Load}");
}
