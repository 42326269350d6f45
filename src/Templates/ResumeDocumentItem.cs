namespace ResumeExport.Templates;

/// <summary>
/// One entry of a section. Each kind reads its own fields (the others are ignored), which between them hold every field of
/// JSON Resume 1.0.0:
/// summary {Text};
/// experience {Company, Role, Location, Url, Description, Summary, StartDate, EndDate, Bullets};
/// education {Institution, Degree, Field, Url, Score, Courses, StartDate, EndDate};
/// skills {Name, Level, Keywords};
/// projects {Name, Description, Url, Entity, Type, Roles, Keywords, StartDate, EndDate, Bullets};
/// certifications {Name, Issuer, Date, Url};
/// languages {Name, Proficiency};
/// links {Label, Url};
/// volunteer {Organization, Role, Url, Summary, StartDate, EndDate, Bullets};
/// awards {Name, Issuer, Date, Summary};
/// publications {Name, Publisher, Date, Url, Summary};
/// interests {Name, Keywords};
/// references {Name, Text};
/// custom {Text, Bullets}.
/// A missing <see cref="EndDate"/> on a dated item prints as "Present", in the document's language.
/// </summary>
public sealed record ResumeDocumentItem
{
    public string? Text { get; init; }

    public string? Company { get; init; }

    public string? Role { get; init; }

    public string? Location { get; init; }

    public ResumeDocumentDate? StartDate { get; init; }

    public ResumeDocumentDate? EndDate { get; init; }

    public string? Institution { get; init; }

    public string? Degree { get; init; }

    public string? Field { get; init; }

    public string? Name { get; init; }

    public string? Level { get; init; }

    public string? Description { get; init; }

    /// <summary>Printed as text; only an absolute http(s) URL also becomes a clickable link.</summary>
    public string? Url { get; init; }

    public string? Issuer { get; init; }

    public ResumeDocumentDate? Date { get; init; }

    public string? Proficiency { get; init; }

    public string? Label { get; init; }

    /// <summary>Experience and volunteering: a paragraph about the role, printed above the bullets. Awards and
    /// publications: what it was for or about.</summary>
    public string? Summary { get; init; }

    /// <summary>Volunteering: where the person volunteered.</summary>
    public string? Organization { get; init; }

    /// <summary>Publications: who published it.</summary>
    public string? Publisher { get; init; }

    /// <summary>Education: the grade or score, printed as written ("3.67/4.0").</summary>
    public string? Score { get; init; }

    /// <summary>Projects: on whose behalf it was done (a company, a university).</summary>
    public string? Entity { get; init; }

    /// <summary>Projects: what kind of project it was ("application", "talk").</summary>
    public string? Type { get; init; }

    /// <summary>Education: the courses taken, each printed as written ("DB1101 - Basic SQL").</summary>
    public IReadOnlyList<string> Courses { get; init; } = [];

    /// <summary>Projects: the person's roles in it ("Team lead").</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<string> Bullets { get; init; } = [];

    /// <summary>Skills: what the skill covers (e.g. HTML, CSS), printed after its level. Projects and interests: their keywords.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
