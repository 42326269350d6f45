using ResumeExport.Domain.Common;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Domain.Billing;

/// <summary>An explicit time wins, upgrades apply now, downgrades follow the behaviour (docs/api.md#billing).</summary>
public static class PlanChangePolicy
{
    public static PlanChangeDecision Decide(
        string currentPlanCode,
        string targetPlanCode,
        DowngradeBehavior behavior,
        DateTimeOffset? currentPeriodEnd,
        DateTimeOffset? scheduleAt,
        DateTimeOffset now)
    {
        if (!PlanCodes.IsKnown(targetPlanCode))
        {
            throw new DomainException("unknown_plan", $"'{targetPlanCode}' is not a plan.");
        }

        if (scheduleAt is { } requested && requested <= now)
        {
            throw new DomainException("schedule_in_past", "scheduleAt must be in the future.");
        }

        var isUpgradeOrSame = PlanCodes.Rank(targetPlanCode) >= PlanCodes.Rank(currentPlanCode);
        if (string.Equals(targetPlanCode, currentPlanCode, StringComparison.Ordinal))
        {
            return new PlanChangeDecision(PlanChangeKind.KeepCurrent, targetPlanCode, now) { IsUpgradeOrSame = true };
        }

        if (scheduleAt is { } at)
        {
            return new PlanChangeDecision(PlanChangeKind.Schedule, targetPlanCode, at) { IsUpgradeOrSame = isUpgradeOrSame };
        }

        if (isUpgradeOrSame || behavior == DowngradeBehavior.Immediate || currentPeriodEnd is not { } end || end <= now)
        {
            return new PlanChangeDecision(PlanChangeKind.ApplyNow, targetPlanCode, now) { IsUpgradeOrSame = isUpgradeOrSame };
        }

        return new PlanChangeDecision(PlanChangeKind.Schedule, targetPlanCode, end) { IsUpgradeOrSame = false };
    }
}
