namespace ResumeExport.Domain.Templates;

/// <summary>The templates every installation ships with.</summary>
public static class DefaultTemplates
{
    public static IReadOnlyList<Template> All { get; } =
    [
        Template.Create("classic", "Classic", 2, isPremium: false, ["experience", "education"]),
        Template.Create("modern", "Modern", 2, isPremium: false, ["summary", "experience"]),
        Template.Create("compact", "Compact", 2, isPremium: true, ["experience", "skills"]),
    ];
}
