namespace ResumeExport.Templates;

/// <param name="Kind">One of <see cref="ResumeSectionKinds"/>; an unknown kind is printed like <c>custom</c>.</param>
/// <param name="Title">The heading printed above the items; empty or the English default of its kind ("Experience"), it
/// prints as that kind's title in the document's language.</param>
public sealed record ResumeDocumentSection(string Kind, string Title, IReadOnlyList<ResumeDocumentItem> Items)
{
    /// <summary>Keep the whole section on one page (a section longer than a page still breaks).</summary>
    public bool KeepTogether { get; init; }

    /// <summary>Start the section at the top of a new page.</summary>
    public bool StartOnNewPage { get; init; }
}
