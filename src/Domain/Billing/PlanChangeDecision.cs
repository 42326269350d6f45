namespace ResumeExport.Domain.Billing;

/// <summary>Apply now, schedule at <see cref="EffectiveAt"/>, or keep the plan.</summary>
public sealed record PlanChangeDecision(PlanChangeKind Kind, string TargetPlanCode, DateTimeOffset EffectiveAt)
{
    public bool IsUpgradeOrSame { get; init; }
}
