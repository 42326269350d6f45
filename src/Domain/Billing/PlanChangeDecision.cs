namespace ResumeExport.Domain.Billing;

/// <summary>What a plan change request does: apply now, schedule at <see cref="EffectiveAt"/>, or keep the current plan.</summary>
public sealed record PlanChangeDecision(PlanChangeKind Kind, string TargetPlanCode, DateTimeOffset EffectiveAt)
{
    public bool IsUpgradeOrSame { get; init; }
}
