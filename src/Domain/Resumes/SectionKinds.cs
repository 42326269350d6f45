using ResumeExport.Templates;

namespace ResumeExport.Domain.Resumes;

/// <summary>
/// The wire names of <see cref="SectionKind"/> (<c>experience</c>, <c>certifications</c>…), used by the API and templates.
/// The names are the templates package's (<see cref="ResumeSectionKinds"/>), spelled only there (decision 0021); the
/// switch below is exhaustive, so the compiler rejects a kind without a name, and a unit test rejects a package kind
/// without a member.
/// </summary>
public static class SectionKinds
{
    private static readonly Dictionary<string, SectionKind> KindsByName =
        Enum.GetValues<SectionKind>().ToDictionary(NameOf, StringComparer.Ordinal);

    // No discard arm: a new member without a name is CS8509, an error. Values outside the enum (CS8524) are not kinds
    // and throw SwitchExpressionException.
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
