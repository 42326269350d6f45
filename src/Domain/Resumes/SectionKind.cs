namespace ResumeExport.Domain.Resumes;

/// <summary>What a section holds; each kind has its own item shape (see <see cref="SectionItem"/>).</summary>
public enum SectionKind
{
    Summary,
    Experience,
    Education,
    Skills,
    Projects,
    Certifications,
    Languages,
    Links,
    Custom,
    Volunteer,
    Awards,
    Publications,
    Interests,
    References,
}
