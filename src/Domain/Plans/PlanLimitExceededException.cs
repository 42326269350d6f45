namespace ResumeExport.Domain.Plans;

/// <summary>A 403 <c>plan-limit-exceeded</c> with the limit's name, value and usage.</summary>
public sealed class PlanLimitExceededException(PlanLimitCheck check)
    : Exception($"Your plan allows {check.Limit} for {check.LimitName}; current usage is {check.Usage}.")
{
    public PlanLimitCheck Check { get; } = check;
}
