namespace ResumeExport.Application.Resumes.Common;

/// <summary>
/// Dates are <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> strings, kept as precise as given, so a bad date is
/// reported with the other errors. Fields per kind:
/// <see cref="SectionItemFields"/>.
/// </summary>
public sealed record SectionItemDto
{
    public string? Text { get; init; }

    public string? Company { get; init; }

    public string? Role { get; init; }

    public string? Location { get; init; }

    public string? StartDate { get; init; }

    public string? EndDate { get; init; }

    public string? Institution { get; init; }

    public string? Degree { get; init; }

    public string? Field { get; init; }

    public string? Name { get; init; }

    public string? Level { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public string? Issuer { get; init; }

    public string? Date { get; init; }

    public string? Proficiency { get; init; }

    public string? Label { get; init; }

    public string? Summary { get; init; }

    public string? Organization { get; init; }

    public string? Publisher { get; init; }

    public string? Score { get; init; }

    public string? Entity { get; init; }

    public string? Type { get; init; }

    public IReadOnlyList<string>? Courses { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    public IReadOnlyList<string>? Bullets { get; init; }

    public IReadOnlyList<string>? Keywords { get; init; }
}
