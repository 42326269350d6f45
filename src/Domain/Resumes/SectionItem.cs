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

    public PartialDate? StartDate { get; init; }

    public PartialDate? EndDate { get; init; }

    public string? Institution { get; init; }

    public string? Degree { get; init; }

    public string? Field { get; init; }

    public string? Name { get; init; }

    public string? Level { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public string? Issuer { get; init; }

    public PartialDate? Date { get; init; }

    public string? Proficiency { get; init; }

    public string? Label { get; init; }

    /// <summary>Experience and volunteering: a paragraph about the role. Awards and publications: what it was for or about.</summary>
    public string? Summary { get; init; }

    /// <summary>Volunteering: where the person volunteered.</summary>
    public string? Organization { get; init; }

    /// <summary>Publications: who published it.</summary>
    public string? Publisher { get; init; }

    /// <summary>Education: the grade or score, as written ("3.67/4.0").</summary>
    public string? Score { get; init; }

    /// <summary>Projects: on whose behalf it was done (a company, a university).</summary>
    public string? Entity { get; init; }

    /// <summary>Projects: what kind of project it was ("application", "talk").</summary>
    public string? Type { get; init; }

    /// <summary>Education: the courses taken.</summary>
    public IReadOnlyList<string> Courses { get; init; } = [];

    /// <summary>Projects: the person's roles in it.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<string> Bullets { get; init; } = [];

    /// <summary>Skills: what the skill covers (JSON Resume's <c>keywords</c>), e.g. HTML, CSS. Projects and interests: their keywords.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>True when the item says something: a section made only of blank items counts as empty.</summary>
    public bool HasContent =>
        new[] { Text, Company, Role, Institution, Degree, Name, Label, Description, Summary, Organization, Publisher }
            .Any(v => !string.IsNullOrWhiteSpace(v))
        || Bullets.Any(b => !string.IsNullOrWhiteSpace(b));
}
