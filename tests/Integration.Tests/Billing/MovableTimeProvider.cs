namespace ResumeExport.Integration.Tests.Billing;

/// <summary>Real time plus an offset the test moves forward (timers stay real, so background loops keep running).</summary>
public sealed class MovableTimeProvider : TimeProvider
{
    private long offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));
}
