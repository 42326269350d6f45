using ResumeExport.Templates.Rendering;

namespace ResumeExport.Templates.Designs;

/// <summary>
/// Mashriq: designed for Arabic first. A sand-tinted sidebar on the inline-start side (the right in Arabic, the left in
/// English) holds the name, contact details and the short facts (skills, languages, education, links, interests); the
/// wide column holds the narrative and certifications, whose long names need its width. Naskh for text, Noto Sans Arabic for headings, generous line height
/// for Arabic's tall letters, and no capitals or letter spacing, which Arabic has no use for (spacing would break its
/// joined letters). The shared font stacks give Latin text Noto Serif and Noto Sans, so an English resume reads just as well.
/// The sidebar comes first in the markup, as it comes first in reading direction: extraction reads header, facts, then narrative.
/// </summary>
internal sealed class MashriqTemplate : IResumeTemplate
{
    // The shared stacks draw Arabic in Noto Naskh Arabic (serif) and Noto Sans Arabic (sans), Latin in Noto Serif / Sans.
    private const string TextFonts = HtmlDocument.SerifFonts;

    private const string HeadingFonts = HtmlDocument.SansFonts;

    private static readonly HashSet<string> SidebarKinds =
    [
        ResumeSectionKinds.Skills, ResumeSectionKinds.Languages, ResumeSectionKinds.Education, ResumeSectionKinds.Links,
        ResumeSectionKinds.Interests,
    ];

    public PageMargins Margins { get; } = new(14, 14, 14, 14);

    public IReadOnlyList<double> TighteningZooms { get; } = [0.975, 0.95, 0.925, 0.9];

    /// <summary>Measured on long resumes: its wide column is narrower, so the blocks kept whole are taller and breaks leave more of a page empty.</summary>
    public double BreakSlack => 0.08;

    public TemplateDescriptor Descriptor { get; } = new(
        "mashriq", "Mashriq", 1, [ResumeSectionKinds.Experience, ResumeSectionKinds.Skills], IsPremium: false);

    public string Render(ResumeDocument document, TemplatePageSize pageSize)
    {
        var sidebar = document.Sections.Where(s => SidebarKinds.Contains(s.Kind));
        var main = document.Sections.Where(s => !SidebarKinds.Contains(s.Kind));
        var body = "<div class=\"columns\">"
            + $"<aside class=\"sidebar\">{HtmlDocument.Masthead(document, "masthead")}{HtmlDocument.Sections(document, sidebar)}</aside>"
            + $"<main class=\"main-column\">{HtmlDocument.Sections(document, main)}</main>"
            + "</div>";
        return HtmlDocument.Build(document, this, pageSize, "template-mashriq", Stylesheet, body);
    }

    // Logical properties only: the sidebar, rules and dates sit on the side the resume's direction starts from. Isolated
    // texts shown as blocks (bdi: their own direction) align by the page's direction (match-parent; Chromium reads the -webkit- spelling).
    private const string Stylesheet = $$"""
        body { font-family: {{TextFonts}}; font-size: 10pt; line-height: 1.55; color: #23302c; }
        .contact-item, .item-location, .tag-name, .tag-detail { text-align: -webkit-match-parent; text-align: match-parent; }
        h1, h2, h3, .item-meta, .contact, .tag-name { font-family: {{HeadingFonts}}; }
        .columns { display: flex; align-items: stretch; gap: 8mm; }
        .sidebar { flex: 0 0 32%; min-width: 0; background: #f5efe2; border-block-start: 4pt solid #0e5a4a; padding: 9pt 10pt 10pt; }
        .main-column { flex: 1; min-width: 0; padding-block-start: 4pt; }
        .masthead { padding-block-end: 9pt; margin-block-end: 4pt; border-block-end: 0.8pt solid #d6c9a8; }
        .masthead .name { font-size: 21pt; font-weight: 700; line-height: 1.3; color: #0e5a4a; }
        .masthead .headline { font-size: 11pt; color: #8c6d2c; margin-block-start: 2pt; }
        .masthead .contact { font-size: 8.8pt; line-height: 1.5; color: #4b5652; margin-block-start: 6pt; }
        .masthead .contact .contact-item { display: block; }
        .masthead .contact .separator { display: none; }
        .profile-network { font-weight: 700; color: #0e5a4a; }
        .section { margin-block-start: 11pt; }
        .section-title { font-size: 12pt; font-weight: 700; color: #0e5a4a; line-height: 1.4; padding-inline-start: 7pt;
          border-inline-start: 3pt solid #b08d3c; margin-block-end: 6pt; }
        .sidebar .section { margin-block-start: 9pt; }
        .sidebar .section-title { font-size: 10.5pt; padding-inline-start: 0; border-inline-start: none; padding-block-end: 2pt;
          border-block-end: 0.8pt solid #d6c9a8; margin-block-end: 5pt; }
        .item { margin-block-end: 8pt; }
        .item-head { display: flex; justify-content: space-between; align-items: baseline; gap: 10pt; }
        .item-title { font-size: 10.8pt; font-weight: 700; color: #17231f; }
        .item-subtitle { color: #0e5a4a; font-weight: 600; }
        .item-meta { text-align: end; white-space: nowrap; font-size: 8.6pt; color: #5d6763; line-height: 1.45; }
        .item-dates { font-weight: 600; color: #8c6d2c; }
        .item-meta .item-location { display: block; }
        .sidebar .item-head { display: block; }
        .sidebar .item-meta { text-align: start; white-space: normal; }
        .sidebar .item-title { font-size: 9.8pt; }
        .sidebar .item-subtitle { font-size: 9.4pt; }
        .item-url { font-size: 8.8pt; color: #0e5a4a; }
        .item-text { margin-block-start: 2pt; }
        .item-description { margin-block-start: 2pt; font-style: italic; color: #4b5652; }
        .item-keywords { margin-block-start: 2pt; font-size: 8.8pt; color: #5d6763; }
        .item-quote { margin: 2pt 0 0; padding-inline-start: 8pt; border-inline-start: 1.5pt solid #d6c9a8; }
        ul.courses { font-size: 9pt; }
        .kind-summary .item-text { font-size: 10.6pt; }
        ul.bullets { margin-block: 3pt 0; list-style: none; }
        ul.bullets li { padding-inline-start: 11pt; text-indent: -10pt; margin-block-end: 1.5pt; }
        ul.bullets li::before { content: ""; display: inline-block; width: 4.5pt; height: 4.5pt; margin-inline-end: 5.5pt; vertical-align: 0.15em;
          border-radius: 50%; border: 1.3pt solid #b08d3c; }
        ul.tag-list { list-style: none; display: flex; flex-direction: column; gap: 3.5pt; }
        .tag { line-height: 1.4; }
        .tag-name { display: block; font-size: 9.6pt; font-weight: 700; color: #17231f; }
        .tag-detail { display: block; font-size: 8.8pt; color: #5d6763; }
        .main-column ul.tag-list { flex-direction: row; flex-wrap: wrap; column-gap: 14pt; }
        """;
}
