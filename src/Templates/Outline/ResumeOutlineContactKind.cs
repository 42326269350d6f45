namespace ResumeExport.Templates.Outline;

/// <summary>What a contact detail in the header is, so a writer may label, link or order it.</summary>
public enum ResumeOutlineContactKind
{
    Email,
    Phone,
    Location,
    Website,
    Profile,
}
