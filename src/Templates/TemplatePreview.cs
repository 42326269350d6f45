namespace ResumeExport.Templates;

/// <summary>
/// Page 1 of a template's English picture sample as real Chromium printed it, drawn to a PNG by
/// <c>deploy/tools/template-pictures.sh</c> and shipped in the package.
/// </summary>
/// <param name="Png">The picture: A4 at 60 dpi.</param>
/// <param name="SourceHash">
/// SHA-256 (lower-case hex) of the HTML the template made of the sample when the picture was drawn: a test compares it with
/// the HTML the template makes now, so a changed design cannot ship with an old picture.
/// </param>
public sealed record TemplatePreview(ReadOnlyMemory<byte> Png, string SourceHash);
