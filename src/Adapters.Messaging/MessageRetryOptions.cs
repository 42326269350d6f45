using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Adapters.Messaging;

/// <summary>Exponential backoff before a failing message goes to the error queue.</summary>
public sealed class MessageRetryOptions
{
    public const string SectionName = "Messaging:Retry";

    /// <summary>Ten retries wait about four minutes with the default delays, riding out a short dependency outage.</summary>
    [Range(0, 20)]
    public int RetryLimit { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>± jitter fraction, so replicas that failed together do not retry in lockstep.</summary>
    [Range(0.0, 1.0)]
    public double JitterRatio { get; set; } = 0.2;

    /// <summary>
    /// Cap of the in-process backoff while PostgreSQL is unreachable (decision 36): such a message is retried until the
    /// database is back, never dead-lettered, and does not spend <see cref="RetryLimit"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan DatabaseOutageMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a message is retried in process while PostgreSQL stays unreachable; far longer than any outage we plan for.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan DatabaseOutageRetryFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Dead-letter lifetime in <c>_error</c> queues (a message-ttl policy).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan DeadLetterRetention { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Exponential, capped and jittered delays; drawn here because MassTransit's policy has no jitter.</summary>
    public TimeSpan[] Intervals(Random random)
    {
        var intervals = new TimeSpan[RetryLimit];
        for (var attempt = 0; attempt < RetryLimit; attempt++)
        {
            var exponential = Math.Min(MaxDelay.TotalMilliseconds, InitialDelay.TotalMilliseconds * Math.Pow(2, attempt));
            var jitter = 1 + (((random.NextDouble() * 2) - 1) * JitterRatio);
            intervals[attempt] = TimeSpan.FromMilliseconds(Math.Min(MaxDelay.TotalMilliseconds, exponential * jitter));
        }

        return intervals;
    }

    /// <summary>
    /// Doubling from <see cref="InitialDelay"/> to <see cref="DatabaseOutageMaxDelay"/>, then that cap, until
    /// <see cref="DatabaseOutageRetryFor"/> is covered: finite, because MassTransit's policies count retries.
    /// </summary>
    public TimeSpan[] DatabaseOutageIntervals()
    {
        var intervals = new List<TimeSpan>();
        var total = TimeSpan.Zero;
        var next = InitialDelay > TimeSpan.Zero ? InitialDelay : TimeSpan.FromMilliseconds(100);
        while (total < DatabaseOutageRetryFor)
        {
            var delay = next < DatabaseOutageMaxDelay ? next : DatabaseOutageMaxDelay;
            intervals.Add(delay);
            total += delay;
            next = delay < DatabaseOutageMaxDelay ? next * 2 : DatabaseOutageMaxDelay; // capped before it can overflow
        }

        return [.. intervals];
    }
}
