using Mediator;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Billing.Common;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Billing;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Plans;
using ResumeExport.Domain.Billing;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Billing.ChangePlan;

/// <param name="ScheduleAt">In the future; wins over the downgrade behaviour.</param>
public sealed record ChangePlanCommand(string PlanCode, DateTimeOffset? ScheduleAt) : ICommand<PlanChangeResponse>;

public sealed class ChangePlanCommandHandler(
    ICurrentUser currentUser,
    PlanSnapshotReader planSnapshots,
    ISubscriptionRepository subscriptions,
    IBillingProvider provider,
    IPlanCatalog plans,
    PlanChanger planChanger,
    IUnitOfWork unitOfWork,
    IOptions<BillingOptions> options,
    TimeProvider clock) : ICommandHandler<ChangePlanCommand, PlanChangeResponse>
{
    public async ValueTask<PlanChangeResponse> Handle(ChangePlanCommand command, CancellationToken cancellationToken)
    {
        if (!provider.AllowsPlanChanges)
        {
            throw new ConflictException(ConflictCodes.BillingDisabled, "Billing is disabled on this installation: plans cannot be changed.");
        }

        var userId = currentUser.RequiredUserId;
        return await unitOfWork.InTransactionAsync(async ct =>
        {
            // The user's row lock serialises this with other changes, webhooks and the due-change job.
            var now = clock.GetUtcNow();
            var (user, _, today) = await planSnapshots.LockAsync(userId, now, ct) ?? throw new NotFoundException("User", userId);
            var subscription = await subscriptions.FindAsync(userId, ct);
            if (subscription is null)
            {
                subscription = Subscription.Start(userId, provider.Name, now);
                subscriptions.Add(subscription);
            }

            var decision = PlanChangePolicy.Decide(
                user.PlanCode, command.PlanCode, options.Value.DowngradeBehavior, subscription.CurrentPeriodEnd, command.ScheduleAt, now);
            string outcome;
            switch (decision.Kind)
            {
                case PlanChangeKind.ApplyNow:
                    await provider.ApplyChangeAsync(new BillingChange(userId, subscription, user.PlanCode, decision.TargetPlanCode, now), ct);
                    planChanger.Apply(user, subscription, decision.TargetPlanCode, PlanChangeSources.Request, now);
                    outcome = PlanChangeResponse.Applied;
                    break;
                case PlanChangeKind.Schedule:
                    subscription.ScheduleChange(decision.TargetPlanCode, decision.EffectiveAt, now);
                    outcome = PlanChangeResponse.Scheduled;
                    break;
                default:
                    if (!subscription.HasPendingChange)
                    {
                        throw new ConflictException(ConflictCodes.AlreadyOnPlan, $"You are already on the '{user.PlanCode}' plan.");
                    }

                    // Asking for the plan you are on drops the pending change.
                    subscription.ClearPendingChange(now);
                    outcome = PlanChangeResponse.Unchanged;
                    break;
            }

            await unitOfWork.SaveChangesAsync(ct);

            // Shown to the user, never enforced by deleting anything.
            var target = (await plans.GetAsync(decision.TargetPlanCode, ct)).Limit;
            var over = PlanLimitPolicy.OverLimitsAfterChange(target, today);
            return new PlanChangeResponse(outcome, SubscriptionResponse.From(user, subscription, provider.Name), over.Select(OverLimitResponse.From).ToArray());
        }, cancellationToken);
    }
}
