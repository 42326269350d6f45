namespace ResumeExport.Domain.Templates;

/// <summary>The templates every installation ships with.</summary>
public static class DefaultTemplates
{
    public static IReadOnlyList<Template> All { get; } =
    [
        Template.Create("classic", "Classic", 1, isPremium: false, ["experience", "education"]),
        Template.Create("modern", "Modern", 1, isPremium: false, ["summary", "experience"]),
        Template.Create("compact", "Compact", 1, isPremium: true, ["experience", "skills"]),
    ];
}
