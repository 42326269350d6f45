namespace ResumeExport.Adapters.Rendering;

/// <summary>What the PDF says about itself, from the resume: document information, XMP and the catalog's language.</summary>
/// <param name="Title">The resume's title.</param>
/// <param name="Author">The name printed in the header (basics name, else the owner's).</param>
/// <param name="Subject">The headline (basics label); null when the resume has none.</param>
/// <param name="Keywords">The skill names, in the resume's order.</param>
/// <param name="Language">The resume's language tag (BCP 47), as on the HTML.</param>
internal sealed record PdfMetadata(string Title, string Author, string? Subject, IReadOnlyList<string> Keywords, string Language);
