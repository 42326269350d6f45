namespace ResumeExport.Domain.Redeliveries;

/// <summary>The backoff and give-up rule for work that exhausted its quick retries (decision 36); pure, so it is tested alone.</summary>
public static class RedeliveryPolicy
{
    /// <summary>The error code of work failed because its redelivery window ran out; the message names the last underlying error.</summary>
    public const string GaveUpErrorCode = "retry_window_exhausted";

    /// <param name="waitingSince">The first failure of this window, or null when this is the first one.</param>
    /// <param name="redeliveries">Redeliveries already scheduled in this window.</param>
    /// <param name="jitterSample">A uniform sample in [0, 1): 0.5 is no jitter.</param>
    public static RedeliveryDecision Decide(RedeliverySchedule schedule, DateTimeOffset? waitingSince, int redeliveries, DateTimeOffset now, double jitterSample)
    {
        var since = waitingSince ?? now;
        var windowEnd = since + schedule.Window;
        if (!schedule.Enabled || now >= windowEnd)
        {
            return new RedeliveryDecision(GiveUp: true, now, since);
        }

        var delay = DelayOf(schedule, redeliveries, jitterSample);

        // The last redelivery lands at the window's end, so an item is tried for the whole window and not given up early.
        var due = now + delay < windowEnd ? now + delay : windowEnd;
        return new RedeliveryDecision(GiveUp: false, due, since);
    }

    /// <summary>Capped exponential, jittered and capped again: replicas that failed together do not come back in lockstep.</summary>
    public static TimeSpan DelayOf(RedeliverySchedule schedule, int redeliveries, double jitterSample)
    {
        var exponent = Math.Min(Math.Max(redeliveries, 0), 30);
        var exponential = Math.Min(schedule.MaxDelay.TotalMilliseconds, schedule.InitialDelay.TotalMilliseconds * Math.Pow(2, exponent));
        var jitter = 1 + (((jitterSample * 2) - 1) * schedule.JitterRatio);
        return TimeSpan.FromMilliseconds(Math.Min(schedule.MaxDelay.TotalMilliseconds, exponential * jitter));
    }

    /// <summary>The failure message of given-up work: how long it was tried and what failed last.</summary>
    public static string GaveUpMessage(RedeliverySchedule schedule, int redeliveries, string lastErrorCode, string lastError) =>
        $"Gave up after retrying for {schedule.Window} ({redeliveries} redeliveries); last error {lastErrorCode}: {lastError}";
}
