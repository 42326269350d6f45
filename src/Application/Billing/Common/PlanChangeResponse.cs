namespace ResumeExport.Application.Billing.Common;

/// <param name="Outcome"><c>applied</c>, <c>scheduled</c> (see <c>subscription.pendingChange</c>) or <c>unchanged</c>.</param>
/// <param name="OverLimits">Target-plan limits current usage is over.</param>
public sealed record PlanChangeResponse(string Outcome, SubscriptionResponse Subscription, IReadOnlyList<OverLimitResponse> OverLimits)
{
    public const string Applied = "applied";
    public const string Scheduled = "scheduled";
    public const string Unchanged = "unchanged";
}
