using ResumeExport.Application.Resumes.Common;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>One valid item of each kind, with every field its kind allows (docs/api.md#section-items); tests break one thing with <c>with</c>.</summary>
internal static class ValidItems
{
    public static SectionItemDto Summary { get; } = new() { Text = "Backend engineer who ships." };

    public static SectionItemDto Experience { get; } = new()
    {
        Company = "Acme",
        Role = "Engineer",
        Location = "Lisbon",
        Url = "https://acme.example.com",
        Description = "Maker of anvils.",
        Summary = "Led the back end of the resume builder.",
        StartDate = "2020-01-15",
        EndDate = "2023-06",
        Bullets = ["Built the export pipeline."],
    };

    public static SectionItemDto Education { get; } = new()
    {
        Institution = "University of Porto",
        Degree = "BSc",
        Field = "Computer Science",
        Url = "https://www.up.pt",
        Score = "18/20",
        Courses = ["Databases", "Compilers"],
        StartDate = "2015-09-01",
        EndDate = "2019",
    };

    public static SectionItemDto Skills { get; } = new() { Name = "C#", Level = "Expert", Keywords = ["ASP.NET Core"] };

    public static SectionItemDto Projects { get; } = new()
    {
        Name = "ResumeExport",
        Description = "Resume builder back end.",
        Url = "https://example.com/resume-export",
        Entity = "Acme",
        Type = "application",
        Roles = ["Team lead"],
        Keywords = ["PDF"],
        StartDate = "2024-02",
        EndDate = "2024-11",
        Bullets = ["PDF rendering with Chromium."],
    };

    public static SectionItemDto Certifications { get; } = new()
    {
        Name = "Azure Developer",
        Issuer = "Microsoft",
        Date = "2022-03-10",
        Url = "https://example.com/cert",
    };

    public static SectionItemDto Languages { get; } = new() { Name = "Portuguese", Proficiency = "Native" };

    public static SectionItemDto Links { get; } = new() { Label = "GitHub", Url = "https://github.com/ana" };

    public static SectionItemDto Custom { get; } = new() { Text = "Volunteering", Bullets = ["Code club mentor."] };

    public static SectionItemDto Volunteer { get; } = new()
    {
        Organization = "Code Club",
        Role = "Mentor",
        Url = "https://codeclub.example.org",
        Summary = "Taught children to program.",
        StartDate = "2018",
        EndDate = "2019-06",
        Bullets = ["Ran 40 sessions."],
    };

    public static SectionItemDto Awards { get; } = new()
    {
        Name = "Best paper",
        Issuer = "ACM",
        Date = "2021-05",
        Summary = "For the export pipeline paper.",
    };

    public static SectionItemDto Publications { get; } = new()
    {
        Name = "Rendering resumes at scale",
        Publisher = "ACM Queue",
        Date = "2021",
        Url = "https://queue.example.org/resumes",
        Summary = "How the pipeline renders PDFs.",
    };

    public static SectionItemDto Interests { get; } = new() { Name = "Climbing", Keywords = ["Bouldering"] };

    public static SectionItemDto References { get; } = new() { Name = "Maria Silva", Text = "Ana is a great engineer." };

    public static SectionItemDto For(SectionKind kind) => kind switch
    {
        SectionKind.Summary => Summary,
        SectionKind.Experience => Experience,
        SectionKind.Education => Education,
        SectionKind.Skills => Skills,
        SectionKind.Projects => Projects,
        SectionKind.Certifications => Certifications,
        SectionKind.Languages => Languages,
        SectionKind.Links => Links,
        SectionKind.Custom => Custom,
        SectionKind.Volunteer => Volunteer,
        SectionKind.Awards => Awards,
        SectionKind.Publications => Publications,
        SectionKind.Interests => Interests,
        SectionKind.References => References,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A one-item section of the kind, titled after it.</summary>
    public static SectionDto Section(SectionKind kind) => new(SectionKinds.NameOf(kind), SectionKinds.NameOf(kind), [For(kind)]);

    /// <summary>Sections that satisfy the <c>classic</c> template (experience and education).</summary>
    public static IReadOnlyList<SectionDto> ForClassic() => [Section(SectionKind.Experience), Section(SectionKind.Education)];

    /// <summary>Sections that satisfy every shipped template (classic, modern and compact).</summary>
    public static IReadOnlyList<SectionDto> ForAnyTemplate() =>
        [Section(SectionKind.Summary), Section(SectionKind.Experience), Section(SectionKind.Education), Section(SectionKind.Skills)];
}
