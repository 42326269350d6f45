using System.Text;
using ResumeExport.Templates.Designs;

namespace ResumeExport.Templates.Rendering;

/// <summary>The document shell every template shares: head, metadata, page box and the fonts we rely on.</summary>
internal static class HtmlDocument
{
    /// <summary>
    /// Fonts come from the machine (see <see cref="FontStacks"/>) and the printed PDF embeds them: a family for every
    /// script, so no text falls back to tofu or to a face Skia can only draw as Type 3.
    /// </summary>
    public const string SansFonts = FontStacks.Sans;

    public const string SerifFonts = FontStacks.Serif;

    /// <summary>
    /// Defence in depth next to the encoding: even markup that slipped through could load nothing, run nothing.
    /// Only inline styles are allowed.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

    public static string Build(ResumeDocument document, IResumeTemplate template, TemplatePageSize pageSize, string bodyClass, string stylesheet, string body)
    {
        var html = new StringBuilder(8 * 1024);
        var language = Html.HasText(document.Language) ? $" lang=\"{Html.Encode(document.Language)}\"" : string.Empty;
        // The page runs the way its language is written: with dir="rtl" the templates' logical CSS mirrors the whole layout.
        var direction = $" dir=\"{TextDirections.HtmlDir(document.Language)}\"";
        html.Append($"<!DOCTYPE html><html{language}{direction}><head><meta charset=\"utf-8\">")
            .Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">")
            .Append($"<title>{Html.Encode(document.Title)}</title>")
            .Append($"<meta name=\"author\" content=\"{Html.Encode(document.AuthorName)}\">")
            .Append("<meta name=\"generator\" content=\"ResumeExport.Templates\">")
            .Append("<style>").Append(template.Margins.Css(pageSize)).Append(FontStacks.Css).Append(BaseStylesheet).Append(stylesheet)
            .Append(TighteningCss(template.TighteningZooms)).Append("</style></head>")
            .Append($"<body class=\"{bodyClass}\">").Append(body).Append("</body></html>");
        return html.ToString();
    }

    /// <summary>
    /// Header markup shared by templates: the name, a headline (the resume's own, else its title), then the contact line
    /// (e-mail, phone, place, web site) and the profiles line. Each detail is its own <c>bdi</c>: text extraction keeps it
    /// whole, and it keeps its own direction, so "دبي, AE" or "+49 30 1234" reads as typed on a page of either direction.
    /// </summary>
    public static string Masthead(ResumeDocument document, string headerClass, string innerPrefix = "", string innerSuffix = "")
    {
        var html = new StringBuilder($"<header class=\"{headerClass}\">{innerPrefix}<h1 class=\"name\">{Html.Isolated(document.AuthorName)}</h1>");
        html.Append($"<p class=\"headline\">{Html.Isolated(Html.HasText(document.Headline) ? document.Headline : document.Title)}</p>");
        ContactLine(html, "contact",
        [
            Html.HasText(document.AuthorEmail) ? $"<bdi class=\"contact-item email\">{Html.Encode(document.AuthorEmail)}</bdi>" : null,
            Html.HasText(document.Phone) ? $"<bdi class=\"contact-item phone\">{Html.Encode(document.Phone)}</bdi>" : null,
            Html.HasText(document.Location) ? $"<bdi class=\"contact-item location\">{Html.Encode(document.Location)}</bdi>" : null,
            Html.HasText(document.Website) ? $"<bdi class=\"contact-item website\">{ResumeUrls.Markup(document.Website)}</bdi>" : null,
        ]);
        ContactLine(html, "contact profiles", [.. document.Profiles.Select(ProfileMarkup)]);
        return html.Append($"{innerSuffix}</header>").ToString();
    }

    /// <summary>Some of <paramref name="document"/>'s sections, with dates and default titles in its language.</summary>
    public static string Sections(ResumeDocument document, IEnumerable<ResumeDocumentSection> sections)
    {
        var html = new StringBuilder();
        var language = PrintLanguages.For(document.Language);
        foreach (var section in sections)
        {
            SectionMarkup.Write(html, section, language);
        }

        return html.ToString();
    }

    private static void ContactLine(StringBuilder html, string lineClass, IReadOnlyList<string?> items)
    {
        var shown = items.Where(Html.HasText).ToList();
        if (shown.Count > 0)
        {
            // The separator is real text with spaces around it: extracted text reads "a@b.io · +49 30 1234", never "a@b.io+49".
            html.Append($"<p class=\"{lineClass}\">").AppendJoin("<span class=\"separator\"> \u00B7 </span>", shown).Append("</p>");
        }
    }

    private static string? ProfileMarkup(ResumeDocumentProfile profile)
    {
        if (!Html.HasText(profile.Network) && !Html.HasText(profile.Username) && !Html.HasText(profile.Url))
        {
            return null;
        }

        var shown = Html.HasText(profile.Username) ? Html.Encode(profile.Username) : ResumeUrls.Markup(profile.Url);
        var network = Html.HasText(profile.Network) ? $"<span class=\"profile-network\">{Html.Encode(profile.Network)}:</span> " : string.Empty;
        return $"<bdi class=\"contact-item profile\">{network}{shown}</bdi>";
    }

    /// <summary>Level N of the tightening pass: everything N steps smaller (see <see cref="TemplatePageBox"/>).</summary>
    private static string TighteningCss(IReadOnlyList<double> zooms) => string.Concat(zooms.Select((zoom, index) =>
        $"html.{TemplatePageBox.TighteningClass(index + 1)} body {{ zoom: {zoom.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}; }}\n"));

    /// <summary>
    /// Pagination rules all templates share. A heading never ends a page: section titles and item heads keep with what
    /// follows. Long items may break between bullets, but a role's head stays with its first bullet and the last bullet
    /// never sits alone; a bullet, a tag and an item with neither bullets nor paragraphs never split; paragraphs leave at
    /// least two lines on each side of a break. Colours print as designed. No ligatures: a PDF that draws "fi" as one glyph
    /// gives text extraction (and so applicant tracking systems) "ﬁrst" instead of "first". A <c>bdi</c> a design shows as a
    /// block (compact's skill names) aligns by the page's direction, not its own: an English skill in an Arabic column starts
    /// at the right like its Arabic neighbours (<c>-webkit-match-parent</c> resolves start and end against the parent; Chromium ignores the unprefixed <c>match-parent</c>).
    /// </summary>
    private const string BaseStylesheet = """
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; font-kerning: normal; text-rendering: optimizeLegibility; overflow-wrap: break-word; font-variant-ligatures: none; }
        h1, h2, h3, p, ul { margin: 0; padding: 0; }
        header, h1, h2, h3, .item-head { break-inside: avoid; page-break-inside: avoid; }
        h1, h2, h3, .section-title, .item-head, .headline { break-after: avoid; page-break-after: avoid; }
        ul.bullets li, .tag, .item-whole { break-inside: avoid; page-break-inside: avoid; }
        ul.bullets li:first-child, ul.bullets li:last-child { break-before: avoid; page-break-before: avoid; }
        p, li { orphans: 2; widows: 2; }
        a.url { color: inherit; text-decoration: none; }
        bdi { text-align: -webkit-match-parent; }

        """;
}
