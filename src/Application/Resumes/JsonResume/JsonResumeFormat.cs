namespace ResumeExport.Application.Resumes.JsonResume;

/// <summary>The names of JSON Resume 1.0.0 (npm <c>@jsonresume/schema</c>) that import and export share.</summary>
internal static class JsonResumeFormat
{
    public const string SchemaUrl = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";
    public const string Version = "v1.0.0";

    /// <summary>Extra top-level property for custom sections, so an export imports back whole; other tools ignore it.</summary>
    public const string CustomSections = "x-customSections";

    public const string Summary = "Summary";
    public const string Experience = "Experience";
    public const string Education = "Education";
    public const string Skills = "Skills";
    public const string Projects = "Projects";
    public const string Certifications = "Certifications";
    public const string Languages = "Languages";
    public const string Links = "Links";
    public const string Volunteering = "Volunteering";
    public const string Awards = "Awards";
    public const string Publications = "Publications";
    public const string Interests = "Interests";
    public const string References = "References";
}
