using ResumeExport.Adapters.Messaging;

namespace ResumeExport.Integration.Tests.Messaging;

/// <summary>The retry backoff: exponential from InitialDelay, capped at MaxDelay, jittered (pure; no services needed).</summary>
public sealed class MessageRetryOptionsTests
{
    [Test]
    public void Intervals_double_per_attempt_within_the_jitter_and_never_pass_the_cap()
    {
        var options = new MessageRetryOptions
        {
            RetryLimit = 6,
            InitialDelay = TimeSpan.FromMilliseconds(100),
            MaxDelay = TimeSpan.FromSeconds(2),
            JitterRatio = 0.2,
        };

        var intervals = options.Intervals(new Random(42));

        Assert.That(intervals, Has.Length.EqualTo(6));
        for (var attempt = 0; attempt < intervals.Length; attempt++)
        {
            var exponential = Math.Min(2000, 100 * Math.Pow(2, attempt));
            Assert.That(intervals[attempt].TotalMilliseconds, Is.InRange(exponential * 0.8, Math.Min(2000, exponential * 1.2)), $"attempt {attempt}");
        }
    }

    [Test]
    public void Two_processes_draw_different_delays_so_they_do_not_retry_in_lockstep()
    {
        var options = new MessageRetryOptions { RetryLimit = 5, JitterRatio = 0.2 };

        Assert.That(options.Intervals(new Random(1)), Is.Not.EqualTo(options.Intervals(new Random(2))));
    }

    [Test]
    public void The_default_retries_outlast_a_three_minute_outage_of_a_dependency_whatever_the_jitter()
    {
        // The reliability suite's SMTP outage (30 s) failed mails for good with the old defaults (5 retries, 6 s in all).
        var options = new MessageRetryOptions();

        var shortest = Enumerable.Range(0, 200).Min(seed => options.Intervals(new Random(seed)).Sum(i => i.TotalSeconds));

        Assert.That(shortest, Is.GreaterThan(180));
    }

    [Test]
    public void No_jitter_gives_the_plain_exponential_series()
    {
        var options = new MessageRetryOptions { RetryLimit = 3, InitialDelay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(30), JitterRatio = 0 };

        Assert.That(options.Intervals(new Random(7)), Is.EqualTo(new[] { TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(800) }));
    }
}
