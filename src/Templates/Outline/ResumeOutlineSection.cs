namespace ResumeExport.Templates.Outline;

/// <summary>A section as every template prints it: its heading and its items, in the resume's order.</summary>
/// <param name="Kind">One of <see cref="ResumeSectionKinds"/>; an unknown kind is <c>custom</c>.</param>
/// <param name="Heading">The section's own title, or its kind's default title in the resume's language when the title is
/// empty or the English default ("Experience"); empty only for a <c>custom</c> section without a title.</param>
/// <param name="IsList">Short entries (skills, languages, links, interests) that print as one list rather than as blocks.</param>
/// <param name="Items">Never empty: a section whose items hold nothing is left out of the outline.</param>
public sealed record ResumeOutlineSection(string Kind, string Heading, bool IsList, IReadOnlyList<ResumeOutlineItem> Items)
{
    /// <inheritdoc cref="ResumeDocumentSection.KeepTogether"/>
    public bool KeepTogether { get; init; }

    /// <inheritdoc cref="ResumeDocumentSection.StartOnNewPage"/>
    public bool StartOnNewPage { get; init; }
}
