namespace ResumeExport.Templates;

/// <summary>
/// Everything a template needs to print one resume. Deliberately a plain model of strings and dates, so this package
/// stands alone: hosts map their own resume type onto it.
/// </summary>
/// <param name="Title">The resume's title: the HTML (and so the PDF) title, and the headline under the name when
/// <see cref="Headline"/> is not set.</param>
/// <param name="AuthorName">The person's name: the big name at the top and the document's author.</param>
/// <param name="AuthorEmail">Shown first in the header's contact line.</param>
/// <param name="Sections">Printed in this order (templates with two columns keep the order within each column).</param>
public sealed record ResumeDocument(string Title, string AuthorName, string AuthorEmail, IReadOnlyList<ResumeDocumentSection> Sections)
{
    /// <summary>
    /// Optional BCP 47 language of the content (e.g. <c>en</c>, <c>de</c>); screen readers and tagged PDFs use it, and
    /// dates, "Present" and default section titles print in it (English for a language the templates do not cover).
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Optional headline under the name (e.g. "Backend engineer"); the <see cref="Title"/> is printed when absent.</summary>
    public string? Headline { get; init; }

    /// <summary>Optional phone number, printed as written.</summary>
    public string? Phone { get; init; }

    /// <summary>Optional place, printed as written (e.g. "Berlin, DE").</summary>
    public string? Location { get; init; }

    /// <summary>Optional personal web site; only an absolute http(s) URL also becomes a link.</summary>
    public string? Website { get; init; }

    /// <summary>Accounts on other networks, printed on their own line of the header.</summary>
    public IReadOnlyList<ResumeDocumentProfile> Profiles { get; init; } = [];
}
