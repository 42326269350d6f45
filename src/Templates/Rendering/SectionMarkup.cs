using System.Text;

namespace ResumeExport.Templates.Rendering;

/// <summary>
/// The semantic markup of sections and items, shared by every template; templates differ in page structure and CSS.
/// Class names are the styling contract: <c>section kind-*</c>, <c>section-title</c>, <c>item</c>, <c>item-title</c>,
/// <c>item-subtitle</c>, <c>item-meta</c>, <c>bullets</c>, <c>tag-list</c>.
/// </summary>
internal static class SectionMarkup
{
    /// <summary>Kinds printed as a compact list of short entries rather than as blocks.</summary>
    private static readonly HashSet<string> ListKinds =
        [ResumeSectionKinds.Skills, ResumeSectionKinds.Languages, ResumeSectionKinds.Links];

    public static void Write(StringBuilder html, ResumeDocumentSection section, PrintLanguage language)
    {
        var kind = ResumeSectionKinds.All.Contains(section.Kind) ? section.Kind : ResumeSectionKinds.Custom;
        var items = section.Items.Select(item => ItemMarkup(kind, item, language)).Where(Html.HasText).ToList();
        if (items.Count == 0)
        {
            // A heading over nothing would only waste paper.
            return;
        }

        html.Append($"<section class=\"section kind-{kind}\">");
        var title = $"<h2 class=\"section-title\">{Html.Encode(Title(kind, section.Title, language))}</h2>";
        if (ListKinds.Contains(kind))
        {
            html.Append(title).Append("<ul class=\"tag-list\">");
            items.ForEach(item => html.Append(item));
            html.Append("</ul>");
        }
        else
        {
            // The heading keeps with the first item's head and first bullet or line (break-after: avoid in CSS), so a page
            // never ends on a bare heading, while the rest of a long first item may still flow onto the next page.
            html.Append(title);
            items.ForEach(item => html.Append(item));
        }

        html.Append("</section>");
    }

    /// <summary>
    /// The section's own title, unless it has none or it is the English default of its kind ("Experience", as a JSON
    /// Resume import names it): then the default title in the resume's language.
    /// </summary>
    private static string Title(string kind, string? title, PrintLanguage language)
    {
        if (!language.SectionTitles.TryGetValue(kind, out var localTitle))
        {
            return title ?? string.Empty;
        }

        var isDefault = !Html.HasText(title)
            || string.Equals(title!.Trim(), PrintLanguages.English.SectionTitles[kind], StringComparison.OrdinalIgnoreCase);
        return isDefault ? localTitle : title!;
    }

    private static string ItemMarkup(string kind, ResumeDocumentItem item, PrintLanguage language) => kind switch
    {
        ResumeSectionKinds.Summary => Paragraphs(item.Text, "item summary"),
        ResumeSectionKinds.Experience => Block(
            item.Role, item.Company, ResumeDates.Range(item.StartDate, item.EndDate, language), item.Location, null, null, item.Bullets),
        ResumeSectionKinds.Education => Block(
            Join(", ", item.Degree, item.Field), item.Institution, ResumeDates.Range(item.StartDate, item.EndDate, language), null, null, null, []),
        ResumeSectionKinds.Projects => Block(item.Name, null, null, null, item.Description, item.Url, item.Bullets),
        ResumeSectionKinds.Certifications => Block(
            item.Name, item.Issuer, item.Date is { } date ? language.MonthYear(date) : null, null, null, item.Url, []),
        ResumeSectionKinds.Skills => Tag(item.Name, SkillDetail(item)),
        ResumeSectionKinds.Languages => Tag(item.Name, Html.Encode(item.Proficiency)),
        ResumeSectionKinds.Links => Tag(item.Label, ResumeUrls.Markup(item.Url)),
        _ => Block(null, null, null, null, item.Text, null, item.Bullets),
    };

    private static string Block(
        string? title, string? subtitle, string? dates, string? location, string? text, string? url, IReadOnlyList<string> bullets)
    {
        var html = new StringBuilder();
        var hasHead = Html.HasText(title) || Html.HasText(subtitle) || Html.HasText(dates) || Html.HasText(location);
        if (hasHead)
        {
            html.Append("<div class=\"item-head\"><div class=\"item-heading\">");
            if (Html.HasText(title))
            {
                html.Append($"<h3 class=\"item-title\">{Html.Encode(title)}</h3>");
            }

            if (Html.HasText(subtitle))
            {
                html.Append($"<p class=\"item-subtitle\">{Html.Encode(subtitle)}</p>");
            }

            html.Append("</div>");
            if (Html.HasText(dates) || Html.HasText(location))
            {
                html.Append("<p class=\"item-meta\">");
                if (Html.HasText(dates))
                {
                    html.Append($"<span class=\"item-dates\">{Html.Encode(dates)}</span>");
                }

                if (Html.HasText(location))
                {
                    html.Append($"<span class=\"item-location\">{Html.Encode(location)}</span>");
                }

                html.Append("</p>");
            }

            html.Append("</div>");
        }

        if (Html.HasText(url))
        {
            html.Append($"<p class=\"item-url\">{ResumeUrls.Markup(url)}</p>");
        }

        html.Append(Paragraphs(text, null));
        var shownBullets = bullets.Where(Html.HasText).ToList();
        if (shownBullets.Count > 0)
        {
            html.Append("<ul class=\"bullets\">");
            shownBullets.ForEach(b => html.Append($"<li>{Html.Encode(b)}</li>"));
            html.Append("</ul>");
        }

        // An item with neither bullets nor paragraphs is a few lines: it never splits. Longer ones break between them.
        var whole = shownBullets.Count == 0 && !Html.HasText(text);
        return html.Length == 0 ? string.Empty : $"<article class=\"item{(whole ? " item-whole" : string.Empty)}\">{html}</article>";
    }

    /// <summary>Line breaks typed by the user become paragraphs; wrapped in an item when <paramref name="itemClass"/> is set.</summary>
    private static string Paragraphs(string? text, string? itemClass)
    {
        if (!Html.HasText(text))
        {
            return string.Empty;
        }

        var paragraphs = string.Concat(text!
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p class=\"item-text\">{Html.Encode(p)}</p>"));
        return itemClass is null ? paragraphs : $"<article class=\"{itemClass}\">{paragraphs}</article>";
    }

    /// <param name="detailMarkup">Already encoded (or built from encoded parts).</param>
    private static string Tag(string? name, string detailMarkup)
    {
        if (!Html.HasText(name) && !Html.HasText(detailMarkup))
        {
            return string.Empty;
        }

        var detail = Html.HasText(detailMarkup) ? $"<span class=\"tag-detail\">{detailMarkup}</span>" : string.Empty;
        return $"<li class=\"tag\"><span class=\"tag-name\">{Html.Encode(name)}</span>{detail}</li>";
    }

    /// <summary>"Expert · HTML, CSS": the level, then what the skill covers.</summary>
    private static string SkillDetail(ResumeDocumentItem item)
    {
        var keywords = Join(", ", [.. item.Keywords]);
        return Html.HasText(item.Level) && Html.HasText(keywords)
            ? $"{Html.Encode(item.Level)} \u00B7 <span class=\"tag-keywords\">{Html.Encode(keywords)}</span>"
            : Html.HasText(keywords) ? $"<span class=\"tag-keywords\">{Html.Encode(keywords)}</span>" : Html.Encode(item.Level);
    }

    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(Html.HasText).Select(p => p!.Trim()));
}
