using ResumeExport.Domain.Billing;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Billing.Common;

/// <param name="Status"><c>active</c>, <c>pastDue</c> or <c>cancelled</c>.</param>
public sealed record SubscriptionResponse(
    string PlanCode,
    string Provider,
    string Status,
    DateTimeOffset? CurrentPeriodStart,
    DateTimeOffset? CurrentPeriodEnd,
    PendingPlanChangeResponse? PendingChange)
{
    public static SubscriptionResponse From(User user, Subscription? subscription, string provider) =>
        subscription is null
            ? new SubscriptionResponse(user.PlanCode, provider, "active", null, null, null)
            : new SubscriptionResponse(
                user.PlanCode,
                subscription.Provider,
                subscription.Status switch
                {
                    SubscriptionStatus.PastDue => "pastDue",
                    SubscriptionStatus.Cancelled => "cancelled",
                    _ => "active",
                },
                subscription.CurrentPeriodStart,
                subscription.CurrentPeriodEnd,
                subscription is { PendingPlanCode: { } code, PendingChangeAt: { } at } ? new PendingPlanChangeResponse(code, at) : null);
}
