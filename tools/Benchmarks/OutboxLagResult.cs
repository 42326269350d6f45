using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <param name="Rows">Outbox rows written during the enqueue run.</param>
/// <param name="Sent">Of those, published (all of them unless the wait timed out).</param>
/// <param name="Passes">Relay passes that published them (rows of one pass share their sent_at).</param>
/// <param name="PublishingSeconds">First to last pass.</param>
internal sealed record OutboxLagResult(int Rows, int Sent, double P50Ms, double P99Ms, double MaxMs, int Passes, double PublishingSeconds)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"outbox lag (row written -> broker confirmed) of the enqueue run: p50 {P50Ms:0} ms, p99 {P99Ms:0} ms, max {MaxMs:0} ms over {Rows} rows ({Sent} published) "
        + $"in {Passes} relay passes of {(Passes == 0 ? 0 : (double)Sent / Passes):0.0} rows on average over {PublishingSeconds:0.0} s");
}
