namespace ResumeExport.Templates;

/// <summary>
/// Everything a template needs to print one resume. Deliberately a plain model of strings and dates, so this package
/// stands alone: hosts map their own resume type onto it.
/// </summary>
/// <param name="Title">The resume's title: shown under the name and used as the HTML (and so the PDF) title.</param>
/// <param name="AuthorName">The owner's name: the big name at the top and the document's author.</param>
/// <param name="AuthorEmail">Shown in the header's contact line.</param>
/// <param name="Sections">Printed in this order (templates with two columns keep the order within each column).</param>
public sealed record ResumeDocument(string Title, string AuthorName, string AuthorEmail, IReadOnlyList<ResumeDocumentSection> Sections)
{
    /// <summary>Optional BCP 47 language of the content (e.g. <c>en</c>, <c>de</c>); screen readers and tagged PDFs use it.</summary>
    public string? Language { get; init; }
}
