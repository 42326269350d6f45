using ResumeExport.Domain.Billing;

namespace ResumeExport.Application.Common.Ports.Billing;

/// <summary>A plan change being applied now, as a provider sees it.</summary>
public sealed record BillingChange(Guid UserId, Subscription Subscription, string FromPlanCode, string ToPlanCode, DateTimeOffset Now)
{
    public bool IsUpgrade => Domain.Plans.PlanCodes.Rank(ToPlanCode) > Domain.Plans.PlanCodes.Rank(FromPlanCode);
}
