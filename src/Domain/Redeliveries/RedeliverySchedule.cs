namespace ResumeExport.Domain.Redeliveries;

/// <summary>
/// How work that ran out of quick retries with a transient failure is re-driven: delays double from
/// <see cref="InitialDelay"/> up to <see cref="MaxDelay"/>, ± <see cref="JitterRatio"/>, until <see cref="Window"/> has
/// passed since the first such failure (decision 36). A zero window turns redelivery off.
/// </summary>
public sealed record RedeliverySchedule(TimeSpan InitialDelay, TimeSpan MaxDelay, double JitterRatio, TimeSpan Window)
{
    public bool Enabled => Window > TimeSpan.Zero;
}
