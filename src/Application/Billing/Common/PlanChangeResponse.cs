namespace ResumeExport.Application.Billing.Common;

/// <param name="Outcome"><c>applied</c> (the plan changed now), <c>scheduled</c> (see <c>subscription.pendingChange</c>) or <c>unchanged</c>.</param>
/// <param name="OverLimits">The limits of the target plan the user's current usage is over (empty for most upgrades).</param>
public sealed record PlanChangeResponse(string Outcome, SubscriptionResponse Subscription, IReadOnlyList<OverLimitResponse> OverLimits)
{
    public const string Applied = "applied";
    public const string Scheduled = "scheduled";
    public const string Unchanged = "unchanged";
}
