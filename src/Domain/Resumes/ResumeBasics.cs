namespace ResumeExport.Domain.Resumes;

/// <summary>The header (docs/api.md#resume-content); an empty field prints the owner's account.</summary>
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
