namespace ResumeExport.Templates;

/// <summary>The section kinds templates understand, spelled as on the wire.</summary>
public static class ResumeSectionKinds
{
    public const string Summary = "summary";
    public const string Experience = "experience";
    public const string Education = "education";
    public const string Skills = "skills";
    public const string Projects = "projects";
    public const string Certifications = "certifications";
    public const string Languages = "languages";
    public const string Links = "links";
    public const string Volunteer = "volunteer";
    public const string Awards = "awards";
    public const string Publications = "publications";
    public const string Interests = "interests";
    public const string References = "references";
    public const string Custom = "custom";

    public static IReadOnlyList<string> All { get; } =
        [
            Summary, Experience, Education, Skills, Projects, Certifications, Languages, Links, Custom,
            Volunteer, Awards, Publications, Interests, References,
        ];
}
