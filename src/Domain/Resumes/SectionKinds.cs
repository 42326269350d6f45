using ResumeExport.Templates;

namespace ResumeExport.Domain.Resumes;

/// <summary>
/// Wire names of <see cref="SectionKind"/>, spelled only in <see cref="ResumeSectionKinds"/> (decision 21); the
/// exhaustive switch and a unit test keep the two in step.
/// </summary>
public static class SectionKinds
{
    private static readonly Dictionary<string, SectionKind> KindsByName =
        Enum.GetValues<SectionKind>().ToDictionary(NameOf, StringComparer.Ordinal);

    // No discard arm, so a new member without a name is CS8509; values outside the enum throw.
#pragma warning disable CS8524
    public static string NameOf(SectionKind kind) => kind switch
    {
        SectionKind.Summary => ResumeSectionKinds.Summary,
        SectionKind.Experience => ResumeSectionKinds.Experience,
        SectionKind.Education => ResumeSectionKinds.Education,
        SectionKind.Skills => ResumeSectionKinds.Skills,
        SectionKind.Projects => ResumeSectionKinds.Projects,
        SectionKind.Certifications => ResumeSectionKinds.Certifications,
        SectionKind.Languages => ResumeSectionKinds.Languages,
        SectionKind.Links => ResumeSectionKinds.Links,
        SectionKind.Custom => ResumeSectionKinds.Custom,
        SectionKind.Volunteer => ResumeSectionKinds.Volunteer,
        SectionKind.Awards => ResumeSectionKinds.Awards,
        SectionKind.Publications => ResumeSectionKinds.Publications,
        SectionKind.Interests => ResumeSectionKinds.Interests,
        SectionKind.References => ResumeSectionKinds.References,
    };
#pragma warning restore CS8524

    /// <summary>Exact, case-sensitive match of a wire name; numbers and other spellings are not kinds.</summary>
    public static bool TryParse(string? name, out SectionKind kind)
    {
        kind = default;
        return name is not null && KindsByName.TryGetValue(name, out kind);
    }

    /// <summary>The package's names, in its order (the order the API lists them in its messages).</summary>
    public static IReadOnlyList<string> Names => ResumeSectionKinds.All;
}
