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
        StartDate = "2020-01-15",
        EndDate = "2023-06-30",
        Bullets = ["Built the export pipeline."],
    };

    public static SectionItemDto Education { get; } = new()
    {
        Institution = "University of Porto",
        Degree = "BSc",
        Field = "Computer Science",
        StartDate = "2015-09-01",
        EndDate = "2019-07-15",
    };

    public static SectionItemDto Skills { get; } = new() { Name = "C#", Level = "Expert" };

    public static SectionItemDto Projects { get; } = new()
    {
        Name = "ResumeExport",
        Description = "Resume builder back end.",
        Url = "https://example.com/resume-export",
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
