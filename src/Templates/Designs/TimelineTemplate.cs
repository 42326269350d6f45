using ResumeExport.Templates.Rendering;

namespace ResumeExport.Templates.Designs;

/// <summary>
/// Timeline: each item's dates and place sit in a narrow leading column, and a vertical rule with a marker per item runs
/// beside the content, so a career reads as a chronology. Sans type, slate and a coral accent. The dates stay after the
/// item's title in the markup (a row-reversed flex row moves them, not the paint order), so extraction still reads title, dates, bullets.
/// </summary>
internal sealed class TimelineTemplate : IResumeTemplate
{
    public PageMargins Margins { get; } = new(16, 16, 16, 16);

    public IReadOnlyList<double> TighteningZooms { get; } = [0.975, 0.95, 0.925, 0.9];

    /// <summary>Measured on long resumes: an item head with its date column is kept whole with its first bullet, so breaks leave more of a page empty.</summary>
    public double BreakSlack => 0.08;

    public TemplateDescriptor Descriptor { get; } = new(
        "timeline", "Timeline", 1, [ResumeSectionKinds.Experience, ResumeSectionKinds.Education], IsPremium: false);

    public string Render(ResumeDocument document, TemplatePageSize pageSize) => HtmlDocument.Build(
        document,
        this,
        pageSize,
        "template-timeline",
        Stylesheet,
        HtmlDocument.Masthead(document, "masthead") + $"<main>{HtmlDocument.Sections(document, document.Sections)}</main>");

    // The date column is 34mm wide: the item head keeps its dates after the title in the markup and lays them out
    // row-reversed into its inline-start padding, so paint order (and so extraction) stays title, dates. Everything else
    // (bullets, tag lists, the summary) starts after the column and the rule. Cells space themselves with padding, never
    // margins, so the rule beside them never has a gap. Logical properties only: right to left, the column moves right;
    // isolated texts shown as blocks (bdi: their own direction) align by the page's direction (match-parent; Chromium reads the -webkit- spelling).
    private const string Stylesheet = $$"""
        body { font-family: {{HtmlDocument.SansFonts}}; font-size: 9.8pt; line-height: 1.42; color: #2a3138; }
        .contact-item, .item-location, .tag-name, .tag-detail { text-align: -webkit-match-parent; text-align: match-parent; }
        .masthead { padding-inline-start: 34mm; margin-block-end: 10pt; }
        .masthead > * { padding-inline-start: 12pt; }
        .masthead .name { font-size: 25pt; font-weight: 700; color: #22303c; line-height: 1.1; border-inline-start: 3pt solid #d9644a;
          padding-inline-start: 9pt; }
        .masthead .headline { font-size: 11.5pt; color: #d9644a; font-weight: 600; margin-block-start: 3pt; }
        .masthead .contact { font-size: 9pt; color: #56606a; margin-block-start: 5pt; }
        .masthead .profiles { margin-block-start: 1pt; }
        .profile-network { font-weight: 600; color: #22303c; }
        .section { margin-block-start: 10pt; }
        .section-title { margin-inline-start: 34mm; padding-inline-start: 12pt; padding-block-end: 3pt; margin-block-end: 4pt;
          font-size: 10pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.14em; color: #22303c;
          border-block-end: 0.8pt solid #d9dee3; }
        .item-head { display: flex; flex-direction: row-reverse; align-items: stretch; padding-inline-start: 34mm; }
        .item-heading, .item > :not(.item-head) { border-inline-start: 1pt solid #c3cbd3; padding-inline-start: 12pt; }
        .item > :not(.item-head) { margin-inline-start: 34mm; }
        .item-heading { flex: 1; min-width: 0; padding-block-start: 3pt; }
        .item-heading::before { content: ""; display: block; width: 8pt; height: 8pt; margin-inline-start: -16.5pt; margin-block: 0.5pt -8.5pt;
          border-radius: 50%; background: #fff; border: 1.8pt solid #d9644a; }
        .item-meta { flex: 0 0 34mm; margin-inline-start: -34mm; padding-block-start: 3.8pt; padding-inline-end: 6pt;
          font-size: 7.8pt; color: #56606a; line-height: 1.35; }
        .item-dates { display: block; white-space: nowrap; font-weight: 700; color: #22303c; }
        .item-location { display: block; margin-block-start: 1pt; }
        .item > :last-child:not(.item-head), .item > .item-head:last-child > .item-heading { padding-block-end: 8pt; }
        .item-title { font-size: 10.6pt; font-weight: 700; color: #22303c; }
        .item-subtitle { color: #d9644a; font-weight: 600; }
        .item-url { font-size: 8.8pt; color: #56606a; }
        .item-text { padding-block-start: 2pt; }
        .item-description { padding-block-start: 2pt; font-style: italic; color: #4a545e; }
        .item-keywords { padding-block-start: 2pt; font-size: 8.8pt; color: #56606a; }
        .item-quote { margin: 0; padding-block-start: 3pt; font-style: italic; }
        ul.courses { font-size: 8.8pt; }
        .kind-summary .item > * { border-inline-start: none; }
        .kind-summary .item-text { font-size: 10.3pt; color: #3a434c; }
        ul.bullets { padding-block-start: 2pt; list-style: none; }
        ul.bullets li { padding-inline-start: 10pt; text-indent: -9pt; margin-block-end: 1.5pt; }
        ul.bullets li::before { content: ""; display: inline-block; width: 5pt; height: 1.3pt; margin-inline-end: 4pt; vertical-align: 0.3em;
          background: #d9644a; }
        ul.tag-list { list-style: none; margin-inline-start: 34mm; padding-inline-start: 12pt; display: flex; flex-wrap: wrap; gap: 4pt 6pt; }
        .tag { border: 0.7pt solid #c3cbd3; border-radius: 3pt; padding: 1.5pt 6pt; font-size: 9pt; }
        .tag-name { font-weight: 600; color: #22303c; }
        .tag-detail { color: #56606a; }
        .tag-detail::before { content: " \00B7  "; }
        """;
}
