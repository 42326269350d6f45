using ResumeExport.Templates.Rendering;

namespace ResumeExport.Templates.Designs;

/// <summary>Classic: one column, serif type, a centred name and small-caps headings over hairlines. Reads like a printed CV.</summary>
internal sealed class ClassicTemplate : IResumeTemplate
{
    public PageMargins Margins { get; } = new(18, 20, 18, 20);

    public IReadOnlyList<double> TighteningZooms { get; } = [0.975, 0.95, 0.925, 0.9];

    public TemplateDescriptor Descriptor { get; } = new(
        "classic", "Classic", 2, [ResumeSectionKinds.Experience, ResumeSectionKinds.Education], IsPremium: false);

    public string Render(ResumeDocument document, TemplatePageSize pageSize) => HtmlDocument.Build(
        document,
        this,
        pageSize,
        "template-classic",
        Stylesheet,
        HtmlDocument.Masthead(document, "masthead") + $"<main>{HtmlDocument.Sections(document, document.Sections)}</main>");

    private const string Stylesheet = $$"""
        body { font-family: {{HtmlDocument.SerifFonts}}; font-size: 10.5pt; line-height: 1.42; color: #1c1c1c; }
        .masthead { text-align: center; padding-bottom: 10pt; margin-bottom: 14pt; border-bottom: 1.5pt solid #1c1c1c; }
        .masthead .name { font-size: 25pt; font-weight: 600; letter-spacing: 0.06em; line-height: 1.15; }
        .masthead .headline { font-size: 11.5pt; font-style: italic; color: #444; margin-top: 3pt; }
        .masthead .contact { font-size: 9.5pt; color: #555; margin-top: 4pt; letter-spacing: 0.03em; }
        .masthead .profiles { margin-top: 1pt; }
        .profile-network { font-style: italic; }
        .section { margin-top: 13pt; }
        .section-title { font-size: 11.5pt; font-weight: 700; font-variant: small-caps; letter-spacing: 0.08em;
          color: #1c1c1c; border-bottom: 0.6pt solid #8a8a8a; padding-bottom: 2pt; margin-bottom: 6pt; }
        .item { margin-bottom: 8pt; }
        .item-head { display: flex; justify-content: space-between; align-items: baseline; gap: 12pt; }
        .item-title { font-size: 10.8pt; font-weight: 700; }
        .item-subtitle { font-style: italic; color: #333; }
        .item-meta { text-align: end; white-space: nowrap; font-size: 9.5pt; color: #444; }
        .item-meta .item-location { display: block; font-style: italic; }
        .item-url { font-size: 9.5pt; color: #444; }
        .item-text { margin-top: 2pt; }
        .item-description { margin-top: 2pt; font-style: italic; color: #444; }
        .item-keywords { margin-top: 2pt; font-size: 9.5pt; color: #444; }
        .item-quote { margin: 2pt 0 0; font-style: italic; }
        ul.courses { font-size: 9.5pt; }
        .kind-summary .item-text { font-size: 10.8pt; }
        ul.bullets { margin-block: 3pt 0; margin-inline: 14pt 0; }
        ul.bullets li { margin-bottom: 1.5pt; padding-inline-start: 2pt; }
        ul.tag-list { list-style: none; display: flex; flex-wrap: wrap; column-gap: 0; row-gap: 2pt; }
        .tag { margin-inline-end: 14pt; }
        .tag-name { font-weight: 600; }
        .tag-detail { color: #555; font-style: italic; }
        .tag-detail::before { content: " \2014  "; font-style: normal; }
        .tag-keywords { font-style: normal; }
        """;
}
