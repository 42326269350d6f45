using Mediator;
using ResumeExport.Application.Billing.Common;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Billing;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Billing.CancelPendingChange;

/// <summary>Drops the caller's pending plan change; the current plan stays.</summary>
public sealed record CancelPendingChangeCommand : ICommand<SubscriptionResponse>;

public sealed class CancelPendingChangeCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ISubscriptionRepository subscriptions,
    IBillingProvider provider,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<CancelPendingChangeCommand, SubscriptionResponse>
{
    public async ValueTask<SubscriptionResponse> Handle(CancelPendingChangeCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        return await unitOfWork.InTransactionAsync(async ct =>
        {
            var user = await users.LockAsync(userId, ct) ?? throw new NotFoundException("User", userId);
            var subscription = await subscriptions.FindAsync(userId, ct);
            if (subscription is not { HasPendingChange: true })
            {
                throw NotFoundException.Nothing("Pending plan change", "There is no pending plan change to cancel.");
            }

            subscription.ClearPendingChange(clock.GetUtcNow());
            await unitOfWork.SaveChangesAsync(ct);
            return SubscriptionResponse.From(user, subscription, provider.Name);
        }, cancellationToken);
    }
}
