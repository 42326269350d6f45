using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Billing.Common;
using ResumeExport.Application.Common.Ports.Billing;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Billing.ApplyDueChanges;

/// <summary>One pass of the due-change job; returns how many changes applied.</summary>
public sealed record ApplyDuePlanChangesCommand : ICommand<int>;

public sealed partial class ApplyDuePlanChangesCommandHandler(
    ISubscriptionRepository subscriptions,
    IBillingProvider provider,
    PlanChanger planChanger,
    IUnitOfWork unitOfWork,
    IOptions<BillingOptions> options,
    TimeProvider clock,
    ILogger<ApplyDuePlanChangesCommandHandler> logger) : ICommandHandler<ApplyDuePlanChangesCommand, int>
{
    public async ValueTask<int> Handle(ApplyDuePlanChangesCommand command, CancellationToken cancellationToken) =>
        await unitOfWork.InTransactionAsync(async ct =>
        {
            var now = clock.GetUtcNow();

            // SKIP LOCKED: replicas claim disjoint users; a user busy in a request waits a pass.
            var due = await subscriptions.ClaimDueAsync(now, options.Value.DueChangesBatchSize, ct);
            var applied = 0;
            foreach (var (user, subscription) in due)
            {
                var target = subscription.PendingPlanCode!;
                try
                {
                    await provider.ApplyChangeAsync(new BillingChange(user.Id, subscription, user.PlanCode, target, now), ct);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Left pending; the next pass tries again. Other users in the batch still move.
                    LogProviderRefused(user.Id, target, exception.GetType().Name);
                    continue;
                }

                planChanger.Apply(user, subscription, target, PlanChangeSources.Scheduled, now);
                applied++;
            }

            await unitOfWork.SaveChangesAsync(ct);
            if (applied > 0)
            {
                LogApplied(applied);
            }

            return applied;
        }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} due plan changes")]
    private partial void LogApplied(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Billing provider refused the due change of user {UserId} to {PlanCode}: {ExceptionType}; retrying next pass")]
    private partial void LogProviderRefused(Guid userId, string planCode, string exceptionType);
}
