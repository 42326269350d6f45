namespace ResumeExport.Domain.Plans;

/// <summary>What kind of limit a plan limit is, which decides what the user can do about hitting it.</summary>
public enum PlanLimitKind
{
    /// <summary>How many of something may exist or be sent at once (resumes, sections, recipients): make room or upgrade.</summary>
    Count,

    /// <summary>How much may be used per UTC day (exports, upload bytes, bulk applies): wait for the reset or upgrade.</summary>
    Daily,

    /// <summary>Something the plan has or lacks (premium templates): upgrade.</summary>
    Feature,
}
