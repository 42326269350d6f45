using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Billing.Common;

/// <summary>A limit the user is (or will be) over on the target plan: new work of that kind is refused until usage is under it. Nothing is deleted.</summary>
public sealed record OverLimitResponse(string LimitName, long Limit, long Usage)
{
    public static OverLimitResponse From(PlanLimitCheck check) => new(check.LimitName, check.Limit, check.Usage);
}
