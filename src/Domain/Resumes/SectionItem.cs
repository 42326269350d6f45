namespace ResumeExport.Domain.Resumes;

/// <summary>
/// One entry of a section; fields per kind in docs/api.md#section-items. Validated as a whole before reaching the domain.
/// </summary>
public sealed record SectionItem
{
    public string? Text { get; init; }

    public string? Company { get; init; }

    public string? Role { get; init; }

    public string? Location { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public string? Institution { get; init; }

    public string? Degree { get; init; }

    public string? Field { get; init; }

    public string? Name { get; init; }

    public string? Level { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public string? Issuer { get; init; }

    public DateOnly? Date { get; init; }

    public string? Proficiency { get; init; }

    public string? Label { get; init; }

    public IReadOnlyList<string> Bullets { get; init; } = [];

    /// <summary>Skills only: what the skill covers (JSON Resume's <c>keywords</c>), e.g. HTML, CSS.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>True when the item says something: a section made only of blank items counts as empty.</summary>
    public bool HasContent =>
        new[] { Text, Company, Role, Institution, Degree, Name, Label, Description }.Any(v => !string.IsNullOrWhiteSpace(v))
        || Bullets.Any(b => !string.IsNullOrWhiteSpace(b));
}
