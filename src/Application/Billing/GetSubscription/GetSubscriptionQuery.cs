using Mediator;
using ResumeExport.Application.Billing.Common;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Billing;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Billing.GetSubscription;

public sealed record GetSubscriptionQuery : IQuery<SubscriptionResponse>;

public sealed class GetSubscriptionQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ISubscriptionRepository subscriptions,
    IBillingProvider provider) : IQueryHandler<GetSubscriptionQuery, SubscriptionResponse>
{
    public async ValueTask<SubscriptionResponse> Handle(GetSubscriptionQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        var user = await users.FindByIdAsync(userId, cancellationToken) ?? throw new NotFoundException("User", userId);
        return SubscriptionResponse.From(user, await subscriptions.FindAsync(userId, cancellationToken), provider.Name);
    }
}
