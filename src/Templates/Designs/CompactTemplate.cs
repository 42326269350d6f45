using ResumeExport.Templates.Rendering;

namespace ResumeExport.Templates.Designs;

/// <summary>
/// Compact: small type and two columns, so a long career fits on fewer pages. Narrative sections (summary, experience,
/// projects, volunteering, awards, publications, references, custom) fill the wide column; short facts (skills in a dense
/// two-column grid, education, certifications, languages, links, interests) stack in the narrow one. Each column keeps the resume's own order.
/// </summary>
internal sealed class CompactTemplate : IResumeTemplate
{
    private static readonly HashSet<string> SideColumnKinds =
    [
        ResumeSectionKinds.Skills, ResumeSectionKinds.Education, ResumeSectionKinds.Certifications,
        ResumeSectionKinds.Languages, ResumeSectionKinds.Links, ResumeSectionKinds.Interests,
    ];

    public PageMargins Margins { get; } = new(12, 13, 12, 13);

    public IReadOnlyList<double> TighteningZooms { get; } = [0.975, 0.95];

    public TemplateDescriptor Descriptor { get; } = new(
        "compact", "Compact", 2, [ResumeSectionKinds.Experience, ResumeSectionKinds.Skills], IsPremium: true);

    public string Render(ResumeDocument document, TemplatePageSize pageSize)
    {
        var main = document.Sections.Where(s => !SideColumnKinds.Contains(s.Kind));
        var side = document.Sections.Where(s => SideColumnKinds.Contains(s.Kind));
        var body = HtmlDocument.Masthead(document, "masthead")
            + "<div class=\"columns\">"
            + $"<main class=\"main-column\">{HtmlDocument.Sections(document, main)}</main>"
            + $"<aside class=\"side-column\">{HtmlDocument.Sections(document, side)}</aside>"
            + "</div>";
        return HtmlDocument.Build(document, this, pageSize, "template-compact", Stylesheet, body);
    }

    private const string Stylesheet = $$"""
        body { font-family: {{HtmlDocument.SansFonts}}; font-size: 8.7pt; line-height: 1.36; color: #222; }
        .masthead { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 10pt; padding-bottom: 5pt; margin-bottom: 8pt;
          border-bottom: 2pt solid #3a4a5c; }
        .masthead .name { font-size: 18pt; font-weight: 700; color: #1b2633; line-height: 1.1; }
        .masthead .headline { font-size: 10pt; color: #3a4a5c; font-weight: 600; flex: 1; }
        .masthead .contact { font-size: 8.7pt; color: #555; flex-basis: 100%; }
        .profile-network { color: #3a4a5c; font-weight: 600; }
        .columns { display: flex; align-items: flex-start; gap: 7mm; }
        .main-column { flex: 2; min-width: 0; }
        .side-column { flex: 1; min-width: 0; border-inline-start: 0.6pt solid #c8ced6; padding-inline-start: 5mm; }
        .section { margin-bottom: 8pt; }
        .section-title { font-size: 8.6pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.12em; color: #3a4a5c;
          border-bottom: 0.6pt solid #c8ced6; padding-bottom: 1.5pt; margin-bottom: 4pt; }
        .item { margin-bottom: 5pt; }
        .item-head { display: flex; justify-content: space-between; align-items: baseline; gap: 8pt; }
        .item-title { font-size: 9.2pt; font-weight: 700; color: #1b2633; }
        .item-subtitle { color: #3a4a5c; }
        .item-meta { text-align: end; white-space: nowrap; font-size: 8pt; color: #666; }
        .item-meta .item-location { display: block; }
        .side-column .item-head { display: block; }
        .side-column .item-meta { text-align: start; }
        .item-url { font-size: 8pt; color: #3a4a5c; }
        .item-text { margin-top: 1pt; }
        .item-description { margin-top: 1pt; font-style: italic; color: #555; }
        .item-keywords { margin-top: 1pt; font-size: 8pt; color: #666; }
        .item-quote { margin: 2pt 0 0; font-style: italic; }
        ul.courses { font-size: 8pt; }
        ul.bullets { margin-block: 1.5pt 0; margin-inline: 11pt 0; }
        ul.bullets li { margin-bottom: 0.5pt; }
        ul.tag-list { list-style: none; display: grid; grid-template-columns: 1fr 1fr; column-gap: 8pt; row-gap: 3pt; }
        .kind-links ul.tag-list { grid-template-columns: 1fr; }
        .tag { border-inline-start: 1.6pt solid #3a4a5c; padding-inline-start: 4pt; line-height: 1.25; }
        .tag-name { display: block; font-weight: 600; color: #1b2633; }
        .tag-detail { display: block; color: #666; font-size: 7.8pt; }
        .kind-links .tag { border-inline-start: none; padding-inline-start: 0; }
        """;
}
