using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResumeExport.Application.Billing;
using ResumeExport.Application.Billing.ApplyDueChanges;
using ResumeExport.Application.Billing.ChangePlan;
using ResumeExport.Application.Billing.Common;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Billing;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Billing;

public sealed class ChangePlanCommandHandlerTests
{
    private User user = null!;
    private InMemoryUserRepository users = null!;
    private InMemorySubscriptions subscriptions = null!;
    private RecordingSystemLog systemLog = null!;
    private FakePlanUsageReader usage = null!;
    private FakeBillingProvider provider = null!;
    private FakeTimeProvider clock = null!;

    [SetUp]
    public void SetUp()
    {
        user = TestUsers.Ana();
        users = new InMemoryUserRepository();
        users.Seed(user);
        subscriptions = new InMemorySubscriptions(_ => user);
        systemLog = new RecordingSystemLog();
        usage = new FakePlanUsageReader();
        provider = new FakeBillingProvider();
        clock = TestClock.At();
    }

    [Test]
    public async Task An_upgrade_applies_now_starts_a_period_and_logs_plan_changed()
    {
        var result = await Handler().Handle(new ChangePlanCommand(PlanCodes.Pro, null), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(PlanChangeResponse.Applied));
            Assert.That(user.PlanCode, Is.EqualTo(PlanCodes.Pro));
            Assert.That(result.Subscription.CurrentPeriodEnd, Is.EqualTo(clock.GetUtcNow().AddDays(30)));
            Assert.That(systemLog.Entries.Select(e => e.Action), Is.EqualTo(new[] { SystemLogActions.PlanChanged }));
            Assert.That(users.Locks, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_downgrade_with_cycle_end_keeps_the_plan_until_the_period_ends()
    {
        await Handler().Handle(new ChangePlanCommand(PlanCodes.Pro, null), CancellationToken.None);
        var periodEnd = clock.GetUtcNow().AddDays(30);

        var result = await Handler().Handle(new ChangePlanCommand(PlanCodes.Free, null), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(PlanChangeResponse.Scheduled));
            Assert.That(user.PlanCode, Is.EqualTo(PlanCodes.Pro));
            Assert.That(result.Subscription.PendingChange, Is.EqualTo(new PendingPlanChangeResponse(PlanCodes.Free, periodEnd)));
        });
    }

    [Test]
    public async Task A_downgrade_with_immediate_applies_now()
    {
        user.MoveToPlan(PlanCodes.Team);

        var result = await Handler(DowngradeBehavior.Immediate).Handle(new ChangePlanCommand(PlanCodes.Pro, null), CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(PlanChangeResponse.Applied));
        Assert.That(user.PlanCode, Is.EqualTo(PlanCodes.Pro));
    }

    [Test]
    public async Task An_explicit_schedule_at_replaces_the_pending_change()
    {
        await Handler().Handle(new ChangePlanCommand(PlanCodes.Team, null), CancellationToken.None);
        await Handler().Handle(new ChangePlanCommand(PlanCodes.Free, null), CancellationToken.None);
        var at = clock.GetUtcNow().AddDays(4);

        var result = await Handler().Handle(new ChangePlanCommand(PlanCodes.Pro, at), CancellationToken.None);

        Assert.That(result.Subscription.PendingChange, Is.EqualTo(new PendingPlanChangeResponse(PlanCodes.Pro, at)));
        Assert.That(user.PlanCode, Is.EqualTo(PlanCodes.Team));
    }

    [Test]
    public async Task A_schedule_at_in_the_past_is_a_validation_error_naming_schedule_at()
    {
        var validation = new ChangePlanCommandValidator(clock).Validate(new ChangePlanCommand(PlanCodes.Free, clock.GetUtcNow().AddMinutes(-1)));

        Assert.That(validation.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { nameof(ChangePlanCommand.ScheduleAt) }));
        await Task.CompletedTask;
    }

    [Test]
    public async Task An_upgrade_during_a_pending_downgrade_applies_now_and_drops_the_downgrade()
    {
        await Handler().Handle(new ChangePlanCommand(PlanCodes.Pro, null), CancellationToken.None);
        await Handler().Handle(new ChangePlanCommand(PlanCodes.Free, null), CancellationToken.None);

        var result = await Handler().Handle(new ChangePlanCommand(PlanCodes.Team, null), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(PlanChangeResponse.Applied));
            Assert.That(user.PlanCode, Is.EqualTo(PlanCodes.Team));
            Assert.That(result.Subscription.PendingChange, Is.Null);
        });
    }

    [Test]
    public async Task The_response_lists_the_limits_the_user_will_be_over_after_a_downgrade()
    {
        user.MoveToPlan(PlanCodes.Pro);
        usage.Usage = new PlanUsage(Resumes: 7, ExportsToday: 20, UploadBytesToday: 0, BulkAppliesToday: 0);

        var result = await Handler(DowngradeBehavior.Immediate).Handle(new ChangePlanCommand(PlanCodes.Free, null), CancellationToken.None);

        Assert.That(result.OverLimits, Is.EqualTo(new[]
        {
            new OverLimitResponse(PlanLimitNames.MaxResumes, 1, 7),
            new OverLimitResponse(PlanLimitNames.DailyExports, 3, 20),
        }));
    }

    [Test]
    public void With_billing_disabled_a_change_is_a_billing_disabled_conflict()
    {
        provider = new FakeBillingProvider(allowsPlanChanges: false);

        var conflict = Assert.ThrowsAsync<ConflictException>(async () => await Handler().Handle(new ChangePlanCommand(PlanCodes.Pro, null), CancellationToken.None));

        Assert.That(conflict!.Code, Is.EqualTo("billing_disabled"));
        Assert.That(user.PlanCode, Is.EqualTo(PlanCodes.Free));
    }

    [Test]
    public async Task The_due_change_job_applies_a_scheduled_downgrade_once_the_period_has_ended()
    {
        await Handler().Handle(new ChangePlanCommand(PlanCodes.Pro, null), CancellationToken.None);
        await Handler().Handle(new ChangePlanCommand(PlanCodes.Free, null), CancellationToken.None);
        var job = new ApplyDuePlanChangesCommandHandler(
            subscriptions, provider, new PlanChanger(systemLog), new CountingUnitOfWork(), Options(DowngradeBehavior.CycleEnd), clock,
            NullLogger<ApplyDuePlanChangesCommandHandler>.Instance);

        var early = await job.Handle(new ApplyDuePlanChangesCommand(), CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(30));
        var due = await job.Handle(new ApplyDuePlanChangesCommand(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(early, Is.Zero);
            Assert.That(due, Is.EqualTo(1));
            Assert.That(user.PlanCode, Is.EqualTo(PlanCodes.Free));
            Assert.That(subscriptions.Stored.Single().HasPendingChange, Is.False);
        });
    }

    private static IOptions<BillingOptions> Options(DowngradeBehavior behavior) =>
        Microsoft.Extensions.Options.Options.Create(new BillingOptions { Provider = BillingProviders.Mock, DowngradeBehavior = behavior });

    private ChangePlanCommandHandler Handler(DowngradeBehavior behavior = DowngradeBehavior.CycleEnd) =>
        new(
            new FakeCurrentUser { UserId = user.Id },
            TestPlans.Snapshots(users, usage),
            subscriptions,
            provider,
            new InMemoryPlanCatalog(),
            new PlanChanger(systemLog),
            new CountingUnitOfWork(),
            Options(behavior),
            clock);
}
