namespace ResumeExport.Templates;

/// <summary>
/// One entry of a section. Each kind reads its own fields (the others are ignored):
/// summary {Text}; experience {Company, Role, Location, StartDate, EndDate, Bullets};
/// education {Institution, Degree, Field, StartDate, EndDate}; skills {Name, Level, Keywords};
/// projects {Name, Description, Url, Bullets}; certifications {Name, Issuer, Date, Url};
/// languages {Name, Proficiency}; links {Label, Url}; custom {Text, Bullets}.
/// A missing <see cref="EndDate"/> on a dated item prints as "Present", in the document's language.
/// </summary>
public sealed record ResumeDocumentItem
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

    /// <summary>Printed as text; only an absolute http(s) URL also becomes a clickable link.</summary>
    public string? Url { get; init; }

    public string? Issuer { get; init; }

    public DateOnly? Date { get; init; }

    public string? Proficiency { get; init; }

    public string? Label { get; init; }

    public IReadOnlyList<string> Bullets { get; init; } = [];

    /// <summary>Skills: what the skill covers (e.g. HTML, CSS), printed after its level.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
