using Microsoft.Extensions.Time.Testing;
using ResumeExport.Adapters.Rendering;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>When the pool replaces its browser (decision 40): pure decisions, no Chromium.</summary>
public sealed class BrowserRecyclePolicyTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));

    [Test]
    public void A_browser_is_recycled_once_it_has_done_the_configured_number_of_renders()
    {
        var policy = Policy(o => o.RecycleBrowserAfterRenders = 3);

        Assert.Multiple(() =>
        {
            Assert.That(policy.Decide(2, treeRssBytes: null), Is.Null);
            Assert.That(policy.Decide(3, treeRssBytes: null), Is.EqualTo(BrowserRecycleReason.Renders));
            Assert.That(policy.Decide(4, treeRssBytes: null), Is.EqualTo(BrowserRecycleReason.Renders));
        });
    }

    [Test]
    public void A_browser_is_recycled_when_its_tree_holds_more_than_the_threshold()
    {
        var policy = Policy(o => o.RecycleBrowserAboveRssMB = 1_000);

        Assert.Multiple(() =>
        {
            Assert.That(policy.Decide(1, 1_000_000_000), Is.Null, "exactly at the threshold");
            Assert.That(policy.Decide(1, 1_000_000_001), Is.EqualTo(BrowserRecycleReason.Memory));
            Assert.That(policy.Decide(1, treeRssBytes: null), Is.Null, "not measured");
        });
    }

    [Test]
    public void Zero_turns_either_trigger_off()
    {
        var policy = Policy(o => (o.RecycleBrowserAfterRenders, o.RecycleBrowserAboveRssMB) = (0, 0));

        Assert.Multiple(() =>
        {
            Assert.That(policy.Decide(int.MaxValue, long.MaxValue), Is.Null);
            Assert.That(policy.IsMemoryCheckDue(lastCheckedAt: null), Is.False, "no threshold, nothing to measure");
        });
    }

    [Test]
    public void Memory_is_measured_at_most_once_per_interval()
    {
        var policy = Policy(o => o.BrowserMemoryCheckInterval = TimeSpan.FromSeconds(10));
        var checkedAt = time.GetUtcNow();

        Assert.That(policy.IsMemoryCheckDue(lastCheckedAt: null), Is.True, "never measured");
        time.Advance(TimeSpan.FromSeconds(9));
        Assert.That(policy.IsMemoryCheckDue(checkedAt), Is.False);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.That(policy.IsMemoryCheckDue(checkedAt), Is.True);
    }

    [Test]
    public void A_replacement_that_failed_to_launch_is_tried_again_only_after_the_retry_delay()
    {
        var policy = Policy(_ => { });
        var failedAt = time.GetUtcNow();

        Assert.That(policy.MayLaunchReplacement(lastFailedAt: null), Is.True);
        time.Advance(BrowserRecyclePolicy.LaunchRetryDelay - TimeSpan.FromSeconds(1));
        Assert.That(policy.MayLaunchReplacement(failedAt), Is.False);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.That(policy.MayLaunchReplacement(failedAt), Is.True);
    }

    private BrowserRecyclePolicy Policy(Action<ChromiumOptions> configure)
    {
        var options = new ChromiumOptions();
        configure(options);
        return new BrowserRecyclePolicy(options, time);
    }
}
