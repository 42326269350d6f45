using ResumeExport.Domain.Redeliveries;

namespace ResumeExport.Domain.UnitTests.Redeliveries;

public sealed class RedeliveryPolicyTests
{
    private const double NoJitter = 0.5;
    private static readonly RedeliverySchedule Defaults = new(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), JitterRatio: 0.2, Window: TimeSpan.FromHours(24));
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    [Test]
    public void The_first_wait_starts_the_window_now_and_lasts_the_initial_delay()
    {
        var decision = RedeliveryPolicy.Decide(Defaults, waitingSince: null, redeliveries: 0, Now, NoJitter);

        Assert.That(decision, Is.EqualTo(new RedeliveryDecision(GiveUp: false, Now.AddMinutes(1), Now)));
    }

    [TestCase(0, 1)]
    [TestCase(1, 2)]
    [TestCase(3, 8)]
    [TestCase(5, 32)]
    [TestCase(6, 60)]
    [TestCase(40, 60)]
    public void Delays_double_up_to_the_cap(int redeliveries, int minutes) =>
        Assert.That(RedeliveryPolicy.DelayOf(Defaults, redeliveries, NoJitter), Is.EqualTo(TimeSpan.FromMinutes(minutes)));

    [Test]
    public void Jitter_stays_within_its_ratio_and_never_passes_the_cap()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RedeliveryPolicy.DelayOf(Defaults, 0, 0), Is.EqualTo(TimeSpan.FromSeconds(48)));
            Assert.That(RedeliveryPolicy.DelayOf(Defaults, 0, 0.999999).TotalSeconds, Is.EqualTo(72).Within(0.01));
            Assert.That(RedeliveryPolicy.DelayOf(Defaults, 10, 0.999999), Is.EqualTo(TimeSpan.FromHours(1)));
        });
    }

    [Test]
    public void Work_is_retried_for_the_whole_window_and_its_last_try_lands_at_the_windows_end()
    {
        var since = Now.AddHours(-23.5);

        var decision = RedeliveryPolicy.Decide(Defaults, since, redeliveries: 30, Now, NoJitter);

        Assert.That(decision, Is.EqualTo(new RedeliveryDecision(GiveUp: false, since.AddHours(24), since)));
    }

    [Test]
    public void Work_still_failing_when_the_window_is_over_is_given_up()
    {
        var since = Now.AddHours(-24);

        Assert.That(RedeliveryPolicy.Decide(Defaults, since, redeliveries: 30, Now, NoJitter).GiveUp, Is.True);
    }

    [Test]
    public void A_zero_window_turns_redelivery_off()
    {
        var off = Defaults with { Window = TimeSpan.Zero };

        Assert.That(RedeliveryPolicy.Decide(off, waitingSince: null, redeliveries: 0, Now, NoJitter).GiveUp, Is.True);
    }

    [Test]
    public void A_day_of_default_waits_re_drives_work_about_thirty_times()
    {
        var since = Now;
        var now = Now;
        var redeliveries = 0;
        while (!RedeliveryPolicy.Decide(Defaults, since, redeliveries, now, NoJitter).GiveUp)
        {
            now = RedeliveryPolicy.Decide(Defaults, since, redeliveries, now, NoJitter).DueAt;
            redeliveries++;
        }

        Assert.Multiple(() =>
        {
            Assert.That(now, Is.EqualTo(since.AddHours(24)), "given up at the window's end, not before");
            Assert.That(redeliveries, Is.InRange(25, 35));
        });
    }

    [Test]
    public void The_give_up_message_names_the_window_and_the_last_error() =>
        Assert.That(RedeliveryPolicy.GaveUpMessage(Defaults, 29, "smtp_transient", "Connection refused."),
            Does.Contain("1.00:00:00").And.Contain("29 redeliveries").And.Contain("smtp_transient: Connection refused."));
}
