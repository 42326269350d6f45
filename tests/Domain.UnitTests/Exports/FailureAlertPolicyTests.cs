using ResumeExport.Domain.Exports;

namespace ResumeExport.Domain.UnitTests.Exports;

public sealed class FailureAlertPolicyTests
{
    private static readonly FailureAlertThresholds Defaults = new(TimeSpan.FromMinutes(15), MinEvents: 10, FailureRatio: 0.5, Cooldown: TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    [Test]
    public void Fewer_finished_exports_than_the_minimum_never_alert_even_if_all_failed()
    {
        var decision = FailureAlertPolicy.Evaluate(finished: 9, failed: 9, Defaults);

        Assert.Multiple(() =>
        {
            Assert.That(decision.ShouldAlert, Is.False);
            Assert.That(decision.Ratio, Is.EqualTo(1d));
        });
    }

    [Test]
    public void Reaching_the_minimum_and_exactly_the_ratio_alerts()
    {
        var decision = FailureAlertPolicy.Evaluate(finished: 10, failed: 5, Defaults);

        Assert.Multiple(() =>
        {
            Assert.That(decision.ShouldAlert, Is.True);
            Assert.That(decision.Ratio, Is.EqualTo(0.5));
            Assert.That(decision.Finished, Is.EqualTo(10));
            Assert.That(decision.Failed, Is.EqualTo(5));
        });
    }

    [Test]
    public void A_ratio_just_below_the_threshold_does_not_alert() =>
        Assert.That(FailureAlertPolicy.Evaluate(finished: 11, failed: 5, Defaults).ShouldAlert, Is.False);

    [TestCase(10, 3, 0.3, true)]
    [TestCase(10, 7, 0.7, true)]
    [TestCase(3, 1, 0.3333333333333333, true)]
    [TestCase(100, 69, 0.7, false)]
    [TestCase(20, 20, 1.0, true)]
    public void A_ratio_equal_to_a_decimal_threshold_counts_as_reached(int finished, int failed, double threshold, bool expected) =>
        Assert.That(FailureAlertPolicy.Evaluate(finished, failed, Defaults with { MinEvents = 1, FailureRatio = threshold }).ShouldAlert, Is.EqualTo(expected));

    [Test]
    public void Nothing_finished_is_a_zero_ratio_and_no_alert_even_with_a_minimum_of_zero()
    {
        var decision = FailureAlertPolicy.Evaluate(0, 0, Defaults with { MinEvents = 0 });

        Assert.Multiple(() =>
        {
            Assert.That(decision.ShouldAlert, Is.False);
            Assert.That(decision.Ratio, Is.Zero);
        });
    }

    [Test]
    public void More_failures_than_finished_exports_is_a_caller_bug() =>
        Assert.That(() => FailureAlertPolicy.Evaluate(3, 4, Defaults), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void The_window_ends_now_and_starts_one_window_earlier() =>
        Assert.That(FailureAlertPolicy.WindowStart(Now, Defaults), Is.EqualTo(Now.AddMinutes(-15)));

    [Test]
    public void Without_an_earlier_alert_the_cooldown_has_elapsed() =>
        Assert.That(FailureAlertPolicy.CooldownElapsed(null, Now, Defaults), Is.True);

    [Test]
    public void An_alert_younger_than_the_cooldown_holds_the_next_one_back_until_the_cooldown_has_passed()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FailureAlertPolicy.CooldownElapsed(Now.AddMinutes(-59), Now, Defaults), Is.False);
            Assert.That(FailureAlertPolicy.CooldownElapsed(Now.AddMinutes(-60), Now, Defaults), Is.True);
            Assert.That(FailureAlertPolicy.CooldownElapsed(Now.AddHours(-5), Now, Defaults), Is.True);
        });
    }
}
