namespace ResumeExport.Domain.Resumes;

/// <summary>The wire names of <see cref="SectionKind"/> (<c>experience</c>, <c>certifications</c>…), used by the API and templates.</summary>
public static class SectionKinds
{
    public static string NameOf(SectionKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out SectionKind kind)
    {
        kind = default;
        return name is not null
            && name.All(char.IsAsciiLetterLower)
            && Enum.TryParse(name, ignoreCase: true, out kind)
            && Enum.IsDefined(kind);
    }

    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<SectionKind>().Select(NameOf).ToArray();
}
