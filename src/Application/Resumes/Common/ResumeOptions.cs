namespace ResumeExport.Application.Resumes.Common;

/// <summary>Installation-wide guardrails; the lower of these and the plan's limits wins.</summary>
public sealed class ResumeOptions
{
    /// <summary>Configuration key (flat, as docs/api.md#resume-content names it).</summary>
    public const string MaxSectionsKey = "MAX_RESUME_SECTIONS";

    public const int DefaultMaxSections = 20;

    public int MaxSections { get; set; } = DefaultMaxSections;
}
