using ResumeExport.Domain.Redeliveries;

namespace ResumeExport.Application.Common.Redelivery;

/// <summary>
/// Section <c>Redelivery</c>: work out of quick retries (<c>Messaging:Retry</c>) with a transient failure waits in
/// PostgreSQL and is re-driven with these delays until <see cref="Window"/> is over (decision 36).
/// </summary>
public sealed class RedeliveryOptions
{
    public const string SectionName = "Redelivery";

    public const string ValidationMessage =
        "Redelivery: InitialDelay and MaxDelay between 10 ms and 1 day with MaxDelay >= InitialDelay, JitterRatio 0..1, Window 0..30 days, DispatchInterval 50 ms..1 h, BatchSize 1..10000.";

    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>± jitter fraction, so items that failed together are not re-driven in one burst.</summary>
    public double JitterRatio { get; set; } = 0.2;

    /// <summary>How long after its first such failure an item is still re-driven; 0 turns redelivery off (quick retries only).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often every API and PDF-worker replica moves due redeliveries into the outbox.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Due redeliveries moved per statement; a run repeats until fewer are due.</summary>
    public int BatchSize { get; set; } = 200;

    public RedeliverySchedule Schedule => new(InitialDelay, MaxDelay, JitterRatio, Window);

    public static bool IsValid(RedeliveryOptions o) =>
        o.InitialDelay >= TimeSpan.FromMilliseconds(10) && o.MaxDelay <= TimeSpan.FromDays(1) && o.MaxDelay >= o.InitialDelay
        && o.JitterRatio is >= 0 and <= 1
        && o.Window >= TimeSpan.Zero && o.Window <= TimeSpan.FromDays(30)
        && o.DispatchInterval >= TimeSpan.FromMilliseconds(50) && o.DispatchInterval <= TimeSpan.FromHours(1)
        && o.BatchSize is >= 1 and <= 10_000;
}
