namespace ResumeExport.Domain.Resumes;

/// <summary>
/// Who the resume belongs to, as printed in its header (docs/api.md#resume-content): the resume's own name, headline and
/// contact details. Any field left empty falls back to the owner's account when printed. A value object, validated as a
/// whole by the resume validator before it reaches the domain.
/// </summary>
public sealed record ResumeBasics
{
    public const int MaxProfiles = 10;

    public string? Name { get; init; }

    /// <summary>A headline such as "Backend engineer".</summary>
    public string? Label { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public ResumeLocation? Location { get; init; }

    /// <summary>A personal web site: an absolute http(s) URL.</summary>
    public string? Url { get; init; }

    public IReadOnlyList<ResumeProfile> Profiles { get; init; } = [];
}
