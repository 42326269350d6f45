namespace ResumeExport.Domain.Resumes;

/// <summary>A titled, ordered group of items of one kind. A value object.</summary>
public sealed record ResumeSection(SectionKind Kind, string Title, IReadOnlyList<SectionItem> Items)
{
    public bool HasContent => Items.Any(i => i.HasContent);

    /// <summary>Print the whole section on one page (when it fits on one); rows stored before this read false.</summary>
    public bool KeepTogether { get; init; }

    /// <summary>Print the section from the top of a new page.</summary>
    public bool StartOnNewPage { get; init; }
}
