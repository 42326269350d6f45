using ResumeExport.Templates.Rendering;

namespace ResumeExport.Templates.Designs;

/// <summary>
/// Modern: a full-bleed accent band carries the name on the first page, sans-serif type, accent-coloured headings
/// with a short rule, dates in tinted pills and skills as chips. Nothing is positioned or translucent: such boxes are
/// painted out of document order, and text extraction (applicant tracking systems) would read them out of order too.
/// </summary>
internal sealed class ModernTemplate : IResumeTemplate
{
    // No side margins on the page box: the band bleeds to the paper's edges and the content brings its own padding.
    // The first page has no top margin so the band starts at the very top.
    public PageMargins Margins { get; } = new(16, 0, 16, 0, FirstPageTop: 0);

    public IReadOnlyList<double> TighteningZooms { get; } = [0.975, 0.95, 0.925, 0.9];

    public TemplateDescriptor Descriptor { get; } = new(
        "modern", "Modern", 2, [ResumeSectionKinds.Summary, ResumeSectionKinds.Experience], IsPremium: false);

    public string Render(ResumeDocument document, TemplatePageSize pageSize) => HtmlDocument.Build(
        document,
        this,
        pageSize,
        "template-modern",
        Stylesheet,
        HtmlDocument.Masthead(document, "band") + $"<main>{HtmlDocument.Sections(document, document.Sections)}</main>");

    private const string Stylesheet = $$"""
        body { font-family: {{HtmlDocument.SansFonts}}; font-size: 10pt; line-height: 1.45; color: #27313b; }
        .band { background: #0f5e6e; color: #fff; padding-block: 17mm 9mm; padding-inline: 18mm; border-bottom: 3pt solid #e0a458; }
        .band .name { font-size: 26pt; font-weight: 700; letter-spacing: 0.01em; line-height: 1.1; }
        .band .headline { font-size: 12pt; font-weight: 400; color: #cfe7ea; margin-top: 4pt; }
        .band .contact { font-size: 9.5pt; color: #eef6f7; margin-top: 7pt; }
        .band .profiles { margin-top: 2pt; }
        .band .profile-network { color: #cfe7ea; }
        main { padding-block: 4mm 0; padding-inline: 18mm; }
        .section { margin-top: 12pt; }
        .section-title { font-size: 10.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.14em; color: #0f5e6e;
          margin-bottom: 7pt; }
        .section-title::after { content: ""; display: block; width: 26pt; height: 2.2pt; background: #e0a458; margin-top: 3pt; border-radius: 1pt; }
        .item { margin-bottom: 9pt; }
        .item-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 12pt; }
        .item-title { font-size: 10.8pt; font-weight: 700; color: #17212b; }
        .item-subtitle { color: #0f5e6e; font-weight: 600; }
        .item-meta { text-align: end; white-space: nowrap; font-size: 8.8pt; }
        .item-dates { display: inline-block; background: #e3f0f1; color: #0f5e6e; border-radius: 8pt; padding: 1pt 7pt; font-weight: 600; }
        .item-location { display: block; color: #6b7780; margin-top: 2pt; }
        .item-url { font-size: 9pt; color: #0f5e6e; }
        .item-text { margin-top: 2pt; }
        .item-description { margin-top: 2pt; font-style: italic; color: #37424d; }
        .item-keywords { margin-top: 2pt; font-size: 9pt; color: #5a6570; }
        .item-quote { margin: 2pt 0 0; font-style: italic; }
        ul.courses { font-size: 9pt; }
        .kind-summary .item-text { font-size: 10.5pt; color: #37424d; }
        ul.bullets { margin: 3pt 0 0 0; list-style: none; }
        ul.bullets li { padding-inline-start: 11pt; text-indent: -10pt; margin-bottom: 2pt; }
        ul.bullets li::before { content: ""; display: inline-block; width: 4pt; height: 4pt; margin-inline-end: 6pt; vertical-align: 0.12em;
          border-radius: 50%; background: #e0a458; }
        ul.tag-list { list-style: none; display: flex; flex-wrap: wrap; gap: 5pt; }
        .tag { background: #eef4f5; border: 0.6pt solid #c9dfe2; border-radius: 10pt; padding: 2pt 9pt; font-size: 9.2pt; }
        .tag-name { font-weight: 600; color: #17212b; }
        .tag-detail { color: #0f5e6e; }
        .tag-detail::before { content: " \00B7  "; color: #8a98a3; }
        """;
}
