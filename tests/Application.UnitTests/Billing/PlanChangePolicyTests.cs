using ResumeExport.Domain.Billing;
using ResumeExport.Domain.Common;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.UnitTests.Billing;

public sealed class PlanChangePolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset PeriodEnd = new(2026, 12, 15, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_downgrade_with_cycle_end_is_scheduled_at_the_end_of_the_current_period()
    {
        var decision = PlanChangePolicy.Decide(PlanCodes.Pro, PlanCodes.Free, DowngradeBehavior.CycleEnd, PeriodEnd, null, Now);

        Assert.That(decision, Is.EqualTo(new PlanChangeDecision(PlanChangeKind.Schedule, PlanCodes.Free, PeriodEnd)));
    }

    [Test]
    public void A_downgrade_with_immediate_applies_now()
    {
        var decision = PlanChangePolicy.Decide(PlanCodes.Team, PlanCodes.Pro, DowngradeBehavior.Immediate, PeriodEnd, null, Now);

        Assert.That(decision, Is.EqualTo(new PlanChangeDecision(PlanChangeKind.ApplyNow, PlanCodes.Pro, Now)));
    }

    [Test]
    public void A_downgrade_with_cycle_end_but_no_running_period_applies_now()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PlanChangePolicy.Decide(PlanCodes.Pro, PlanCodes.Free, DowngradeBehavior.CycleEnd, null, null, Now).Kind, Is.EqualTo(PlanChangeKind.ApplyNow));
            Assert.That(PlanChangePolicy.Decide(PlanCodes.Pro, PlanCodes.Free, DowngradeBehavior.CycleEnd, Now.AddDays(-1), null, Now).Kind, Is.EqualTo(PlanChangeKind.ApplyNow));
        });
    }

    [TestCase(DowngradeBehavior.CycleEnd)]
    [TestCase(DowngradeBehavior.Immediate)]
    public void An_explicit_schedule_at_wins_over_either_downgrade_behavior(DowngradeBehavior behavior)
    {
        var at = new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero);

        var decision = PlanChangePolicy.Decide(PlanCodes.Pro, PlanCodes.Free, behavior, PeriodEnd, at, Now);

        Assert.That(decision, Is.EqualTo(new PlanChangeDecision(PlanChangeKind.Schedule, PlanCodes.Free, at)));
    }

    [Test]
    public void An_explicit_schedule_at_also_schedules_an_upgrade()
    {
        var at = Now.AddDays(3);

        var decision = PlanChangePolicy.Decide(PlanCodes.Free, PlanCodes.Team, DowngradeBehavior.CycleEnd, PeriodEnd, at, Now);

        Assert.That(decision.Kind, Is.EqualTo(PlanChangeKind.Schedule));
        Assert.That(decision.EffectiveAt, Is.EqualTo(at));
    }

    [Test]
    public void A_schedule_at_in_the_past_or_now_is_refused()
    {
        var past = Assert.Throws<DomainException>(() => PlanChangePolicy.Decide(PlanCodes.Pro, PlanCodes.Free, DowngradeBehavior.CycleEnd, PeriodEnd, Now.AddSeconds(-1), Now));
        var present = Assert.Throws<DomainException>(() => PlanChangePolicy.Decide(PlanCodes.Pro, PlanCodes.Free, DowngradeBehavior.CycleEnd, PeriodEnd, Now, Now));

        Assert.That(new[] { past!.Code, present!.Code }, Is.All.EqualTo("schedule_in_past"));
    }

    [Test]
    public void An_upgrade_applies_now_whatever_the_downgrade_behavior()
    {
        var decision = PlanChangePolicy.Decide(PlanCodes.Free, PlanCodes.Pro, DowngradeBehavior.CycleEnd, PeriodEnd, null, Now);

        Assert.That(decision.Kind, Is.EqualTo(PlanChangeKind.ApplyNow));
    }

    [Test]
    public void Asking_for_the_current_plan_keeps_it()
    {
        var decision = PlanChangePolicy.Decide(PlanCodes.Pro, PlanCodes.Pro, DowngradeBehavior.CycleEnd, PeriodEnd, null, Now);

        Assert.That(decision.Kind, Is.EqualTo(PlanChangeKind.KeepCurrent));
    }
}
