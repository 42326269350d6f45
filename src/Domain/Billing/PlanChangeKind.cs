namespace ResumeExport.Domain.Billing;

public enum PlanChangeKind
{
    /// <summary>Move to the target plan now (and drop any pending change).</summary>
    ApplyNow = 0,

    /// <summary>Keep the current plan and schedule the target for later (replacing any pending change).</summary>
    Schedule = 1,

    /// <summary>The target is the current plan: nothing to change, a pending change is dropped.</summary>
    KeepCurrent = 2,
}
