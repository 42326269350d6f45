using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Billing.Common;

/// <summary>New work of this kind is refused until usage is under the limit; nothing is deleted.</summary>
public sealed record OverLimitResponse(string LimitName, long Limit, long Usage)
{
    public static OverLimitResponse From(PlanLimitCheck check) => new(check.LimitName, check.Limit, check.Usage);
}
