using ResumeExport.Templates.Rendering;

namespace ResumeExport.Templates.Designs;

/// <summary>
/// Executive: one column of serif type under a strong hierarchy: a large name at the start of the line over a thick
/// navy rule, section titles in spaced sans capitals followed by a hairline to the end of the line, company names in
/// the accent colour. Quiet, dense and formal: for senior roles where the career itself is the design.
/// </summary>
internal sealed class ExecutiveTemplate : IResumeTemplate
{
    public PageMargins Margins { get; } = new(17, 19, 17, 19);

    public IReadOnlyList<double> TighteningZooms { get; } = [0.975, 0.95, 0.925, 0.9];

    public TemplateDescriptor Descriptor { get; } = new(
        "executive", "Executive", 1, [ResumeSectionKinds.Summary, ResumeSectionKinds.Experience], IsPremium: true);

    public string Render(ResumeDocument document, TemplatePageSize pageSize) => HtmlDocument.Build(
        document,
        this,
        pageSize,
        "template-executive",
        Stylesheet,
        HtmlDocument.Masthead(document, "masthead") + $"<main>{HtmlDocument.Sections(document, document.Sections)}</main>");

    // Logical properties only (inline-start/end, text-align: start/end): the same design mirrors for right-to-left resumes.
    // Isolated texts shown as blocks (bdi: their own direction) align by the page's direction (match-parent; Chromium reads the -webkit- spelling).
    private const string Stylesheet = $$"""
        body { font-family: {{HtmlDocument.SerifFonts}}; font-size: 10.4pt; line-height: 1.45; color: #1d232b; }
        .contact-item, .item-location, .tag-name, .tag-detail { text-align: -webkit-match-parent; text-align: match-parent; }
        .masthead { padding-block-end: 9pt; margin-block-end: 6pt; border-block-end: 3.2pt solid #1f3a5f; }
        .masthead .name { font-size: 29pt; font-weight: 700; line-height: 1.08; color: #14263f; letter-spacing: 0.005em; }
        .masthead .headline { font-family: {{HtmlDocument.SansFonts}}; font-size: 10.5pt; font-weight: 600; text-transform: uppercase;
          letter-spacing: 0.16em; color: #8a6a2f; margin-block-start: 5pt; }
        .masthead .contact { font-family: {{HtmlDocument.SansFonts}}; font-size: 9pt; color: #4a525c; margin-block-start: 6pt; }
        .masthead .profiles { margin-block-start: 1pt; }
        .profile-network { font-weight: 600; color: #1f3a5f; }
        .separator { color: #8a6a2f; }
        .section { margin-block-start: 13pt; }
        .section-title { display: flex; align-items: center; gap: 8pt; font-family: {{HtmlDocument.SansFonts}}; font-size: 9.6pt;
          font-weight: 700; text-transform: uppercase; letter-spacing: 0.2em; color: #1f3a5f; margin-block-end: 7pt; }
        .section-title::after { content: ""; flex: 1; border-block-start: 0.7pt solid #b9c2cd; }
        .item { margin-block-end: 9pt; }
        .item-head { display: flex; justify-content: space-between; align-items: baseline; gap: 14pt; }
        .item-title { font-size: 11.4pt; font-weight: 700; color: #14263f; }
        .item-subtitle { font-size: 10.4pt; font-weight: 600; color: #1f3a5f; }
        .item-meta { text-align: end; white-space: nowrap; font-family: {{HtmlDocument.SansFonts}}; font-size: 8.8pt; color: #4a525c; }
        .item-dates { font-weight: 600; letter-spacing: 0.03em; }
        .item-meta .item-location { display: block; color: #6a727c; }
        .item-url { font-size: 9pt; color: #1f3a5f; }
        .item-text { margin-block-start: 2pt; }
        .item-description { margin-block-start: 2pt; font-style: italic; color: #4a525c; }
        .item-keywords { margin-block-start: 2pt; font-size: 9pt; color: #4a525c; }
        .item-quote { margin: 2pt 0 0; font-style: italic; padding-inline-start: 9pt; border-inline-start: 1.6pt solid #c8b48c; }
        ul.courses { font-size: 9.4pt; }
        .kind-summary .item-text { font-size: 11pt; line-height: 1.5; color: #2b333d; }
        ul.bullets { margin-block: 3pt 0; margin-inline: 0; list-style: none; }
        ul.bullets li { padding-inline-start: 12pt; text-indent: -11pt; margin-block-end: 2pt; }
        ul.bullets li::before { content: ""; display: inline-block; width: 4.2pt; height: 4.2pt; margin-inline-end: 6.8pt; vertical-align: 0.14em;
          background: #8a6a2f; }
        ul.tag-list { list-style: none; display: flex; flex-wrap: wrap; column-gap: 18pt; row-gap: 3pt; }
        .tag-name { font-weight: 700; color: #14263f; }
        .tag-detail { color: #4a525c; }
        .tag-detail::before { content: " \2014  "; color: #8a6a2f; }
        """;
}
