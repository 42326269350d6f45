using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <param name="Rows">Outbox rows written during the enqueue run.</param>
/// <param name="Sent">Of those, published (all of them unless the wait timed out).</param>
internal sealed record OutboxLagResult(int Rows, int Sent, double P50Ms, double P99Ms, double MaxMs)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"outbox lag (row written -> broker confirmed) of the enqueue run: p50 {P50Ms:0} ms, p99 {P99Ms:0} ms, max {MaxMs:0} ms over {Rows} rows ({Sent} published)");
}
