namespace ResumeExport.Domain.Resumes;

/// <summary>A titled, ordered group of items of one kind. A value object.</summary>
public sealed record ResumeSection(SectionKind Kind, string Title, IReadOnlyList<SectionItem> Items)
{
    public bool HasContent => Items.Any(i => i.HasContent);
}
