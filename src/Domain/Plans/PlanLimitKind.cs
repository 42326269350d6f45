namespace ResumeExport.Domain.Plans;

/// <summary>What kind of limit a plan limit is, which decides what the user can do about hitting it.</summary>
public enum PlanLimitKind
{
    /// <summary>How many may exist at once (resumes, sections, recipients): make room or upgrade.</summary>
    Count,

    /// <summary>Per UTC day (exports, upload bytes, bulk applies): wait or upgrade.</summary>
    Daily,

    /// <summary>Something the plan has or lacks (premium templates): upgrade.</summary>
    Feature,
}
