using System.Text;

namespace ResumeExport.Templates.Rendering;

/// <summary>The document shell every template shares: head, metadata, page box and the fonts we rely on.</summary>
internal static class HtmlDocument
{
    /// <summary>
    /// Fonts come from the machine (Debian fonts-noto-core, fonts-noto-cjk, fonts-dejavu-core) and the printed PDF embeds them.
    /// CJK families follow the Latin ones so Chinese, Japanese and Korean text never falls back to tofu.
    /// </summary>
    public const string SansFonts = "\"Noto Sans\", \"Noto Sans CJK SC\", \"DejaVu Sans\", sans-serif";

    public const string SerifFonts = "\"Noto Serif\", \"Noto Serif CJK SC\", \"Noto Sans CJK SC\", \"DejaVu Serif\", serif";

    /// <summary>
    /// Defence in depth next to the encoding: even markup that slipped through could load nothing, run nothing.
    /// Only inline styles are allowed.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

    public static string Build(ResumeDocument document, string bodyClass, string stylesheet, string pageCss, string body)
    {
        var html = new StringBuilder(8 * 1024);
        var language = Html.HasText(document.Language) ? $" lang=\"{Html.Encode(document.Language)}\"" : string.Empty;
        html.Append($"<!DOCTYPE html><html{language}><head><meta charset=\"utf-8\">")
            .Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">")
            .Append($"<title>{Html.Encode(document.Title)}</title>")
            .Append($"<meta name=\"author\" content=\"{Html.Encode(document.AuthorName)}\">")
            .Append("<meta name=\"generator\" content=\"ResumeExport.Templates\">")
            .Append("<style>").Append(pageCss).Append(BaseStylesheet).Append(stylesheet).Append("</style></head>")
            .Append($"<body class=\"{bodyClass}\">").Append(body).Append("</body></html>");
        return html.ToString();
    }

    /// <summary>The CSS page box. Templates pass their margins; the size follows the requested paper.</summary>
    public static string PageCss(TemplatePageSize pageSize, string margin) =>
        $"@page {{ size: {(pageSize == TemplatePageSize.Letter ? "letter" : "A4")}; margin: {margin}; }}\n";

    /// <summary>Header markup shared by templates: name, the resume title as a headline, contact line.</summary>
    public static string Masthead(ResumeDocument document, string headerClass, string innerPrefix = "", string innerSuffix = "") =>
        $"<header class=\"{headerClass}\">{innerPrefix}<h1 class=\"name\">{Html.Encode(document.AuthorName)}</h1>"
        + $"<p class=\"headline\">{Html.Encode(document.Title)}</p>"
        + (Html.HasText(document.AuthorEmail) ? $"<p class=\"contact\">{Html.Encode(document.AuthorEmail)}</p>" : string.Empty)
        + $"{innerSuffix}</header>";

    public static string Sections(IEnumerable<ResumeDocumentSection> sections)
    {
        var html = new StringBuilder();
        foreach (var section in sections)
        {
            SectionMarkup.Write(html, section);
        }

        return html.ToString();
    }

    /// <summary>
    /// Pagination rules all templates share: headings stay with what follows, items are never split across pages
    /// (a long item taller than a page still breaks, as it must), and colours print as designed.
    /// </summary>
    private const string BaseStylesheet = """
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; font-kerning: normal; text-rendering: optimizeLegibility; overflow-wrap: break-word; }
        h1, h2, h3, p, ul { margin: 0; padding: 0; }
        h1, h2, h3, .section-title, .item-head { break-after: avoid; page-break-after: avoid; }
        .item, .section-lead, .tag { break-inside: avoid; page-break-inside: avoid; }
        ul.bullets li, .item-text { orphans: 2; widows: 2; }
        a.url { color: inherit; text-decoration: none; }

        """;
}
