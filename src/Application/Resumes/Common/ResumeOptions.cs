namespace ResumeExport.Application.Resumes.Common;

/// <summary>Installation-wide resume guardrails. The plan's <c>maxSectionsPerResume</c> applies too; the lower wins.</summary>
public sealed class ResumeOptions
{
    /// <summary>Configuration key (flat, as docs/api.md#resume-content names it).</summary>
    public const string MaxSectionsKey = "MAX_RESUME_SECTIONS";

    public const int DefaultMaxSections = 20;

    public int MaxSections { get; set; } = DefaultMaxSections;
}
