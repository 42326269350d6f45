using System.Text;

namespace ResumeExport.Templates.Rendering;

/// <summary>
/// The semantic markup of sections and items, shared by every template; templates differ in page structure and CSS.
/// Class names are the styling contract: <c>section kind-*</c>, <c>section-title</c>, <c>item</c>, <c>item-title</c>,
/// <c>item-subtitle</c>, <c>item-meta</c>, <c>item-url</c>, <c>item-description</c>, <c>item-text</c>, <c>bullets</c>,
/// <c>courses</c>, <c>item-keywords</c>, <c>item-quote</c>, <c>tag-list</c>; a section's page-break controls add
/// <c>keep-together</c> and <c>start-on-new-page</c>.
/// Every piece of user text is a <c>bdi</c>, so it keeps its own direction (an English company in an Arabic resume, an
/// Arabic bullet in an English one) while blocks keep the page's direction and alignment.
/// </summary>
internal static class SectionMarkup
{
    /// <summary>Kinds printed as a compact list of short entries rather than as blocks.</summary>
    private static readonly HashSet<string> ListKinds =
        [ResumeSectionKinds.Skills, ResumeSectionKinds.Languages, ResumeSectionKinds.Links, ResumeSectionKinds.Interests];

    public static void Write(StringBuilder html, ResumeDocumentSection section, PrintLanguage language)
    {
        var kind = ResumeSectionKinds.All.Contains(section.Kind) ? section.Kind : ResumeSectionKinds.Custom;
        var items = section.Items.Select(item => ItemMarkup(kind, item, language)).Where(Html.HasText).ToList();
        if (items.Count == 0)
        {
            // A heading over nothing would only waste paper.
            return;
        }

        html.Append($"<section class=\"section kind-{kind}{BreakClasses(section)}\"{BreakStyle(section)}>");
        var title = $"<h2 class=\"section-title\">{Html.Isolated(Title(kind, section.Title, language))}</h2>";
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

    /// <summary>The section's page-break controls as classes, a hook for designs: <c>keep-together</c>, <c>start-on-new-page</c>.</summary>
    private static string BreakClasses(ResumeDocumentSection section) =>
        (section.KeepTogether ? " keep-together" : string.Empty) + (section.StartOnNewPage ? " start-on-new-page" : string.Empty);

    /// <summary>The page-break controls themselves, inline so that they hold in every design whatever its stylesheet.</summary>
    private static string BreakStyle(ResumeDocumentSection section)
    {
        var style = (section.KeepTogether ? "break-inside: avoid; page-break-inside: avoid; " : string.Empty)
            + (section.StartOnNewPage ? "break-before: page; page-break-before: always; " : string.Empty);
        return style.Length == 0 ? string.Empty : $" style=\"{style.TrimEnd()}\"";
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
        ResumeSectionKinds.Experience => Block(new BlockParts
        {
            Title = item.Role,
            Subtitle = item.Company,
            Dates = ResumeDates.Range(item.StartDate, item.EndDate, language),
            Location = item.Location,
            Url = item.Url,
            Description = item.Description,
            Text = item.Summary,
            Bullets = item.Bullets,
        }),
        ResumeSectionKinds.Education => Block(new BlockParts
        {
            Title = Join(", ", item.Degree, item.Field),
            Subtitle = Join(" \u00B7 ", item.Institution, item.Score),
            Dates = ResumeDates.Range(item.StartDate, item.EndDate, language),
            Url = item.Url,
            Courses = item.Courses,
        }),
        ResumeSectionKinds.Projects => Block(new BlockParts
        {
            Title = item.Name,
            Subtitle = Join(" \u00B7 ", Join(", ", [.. item.Roles]), item.Entity, item.Type),
            Dates = ResumeDates.Range(item.StartDate, item.EndDate, language),
            Url = item.Url,
            Text = item.Description,
            Bullets = item.Bullets,
            Keywords = item.Keywords,
        }),
        ResumeSectionKinds.Certifications => Block(new BlockParts
        {
            Title = item.Name,
            Subtitle = item.Issuer,
            Dates = item.Date is { } date ? language.MonthYear(date) : null,
            Url = item.Url,
        }),
        ResumeSectionKinds.Volunteer => Block(new BlockParts
        {
            Title = item.Role,
            Subtitle = item.Organization,
            Dates = ResumeDates.Range(item.StartDate, item.EndDate, language),
            Url = item.Url,
            Text = item.Summary,
            Bullets = item.Bullets,
        }),
        ResumeSectionKinds.Awards => Block(new BlockParts
        {
            Title = item.Name,
            Subtitle = item.Issuer,
            Dates = item.Date is { } awarded ? language.MonthYear(awarded) : null,
            Text = item.Summary,
        }),
        ResumeSectionKinds.Publications => Block(new BlockParts
        {
            Title = item.Name,
            Subtitle = item.Publisher,
            Dates = item.Date is { } released ? language.MonthYear(released) : null,
            Url = item.Url,
            Text = item.Summary,
        }),
        ResumeSectionKinds.References => Reference(item),
        ResumeSectionKinds.Skills => Tag(item.Name, SkillDetail(item)),
        ResumeSectionKinds.Interests => Tag(item.Name, Keywords(item.Keywords)),
        ResumeSectionKinds.Languages => Tag(item.Name, Html.Encode(item.Proficiency)),
        ResumeSectionKinds.Links => Tag(item.Label, ResumeUrls.Markup(item.Url)),
        _ => Block(new BlockParts { Text = item.Text, Bullets = item.Bullets }),
    };

    private static string Block(BlockParts item)
    {
        var html = new StringBuilder();
        var (title, subtitle, dates, location) = (item.Title, item.Subtitle, item.Dates, item.Location);
        var hasHead = Html.HasText(title) || Html.HasText(subtitle) || Html.HasText(dates) || Html.HasText(location);
        if (hasHead)
        {
            html.Append("<div class=\"item-head\"><div class=\"item-heading\">");
            if (Html.HasText(title))
            {
                html.Append($"<h3 class=\"item-title\">{Html.Isolated(title)}</h3>");
            }

            if (Html.HasText(subtitle))
            {
                html.Append($"<p class=\"item-subtitle\">{Html.Isolated(subtitle)}</p>");
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
                    html.Append($"<bdi class=\"item-location\">{Html.Encode(location)}</bdi>");
                }

                html.Append("</p>");
            }

            html.Append("</div>");
        }

        if (Html.HasText(item.Url))
        {
            html.Append($"<p class=\"item-url\"><bdi>{ResumeUrls.Markup(item.Url)}</bdi></p>");
        }

        // What the organisation is comes before what the person did there.
        html.Append(Paragraphs(item.Description, null, "item-description"));
        html.Append(Paragraphs(item.Text, null));
        var shownBullets = List(html, "bullets", item.Bullets);
        var shownCourses = List(html, "bullets courses", item.Courses);
        var keywords = Join(", ", [.. item.Keywords]);
        if (Html.HasText(keywords))
        {
            html.Append($"<p class=\"item-keywords\">{Html.Isolated(keywords)}</p>");
        }

        // An item with neither lists nor paragraphs is a few lines: it never splits. Longer ones break between them.
        var whole = shownBullets + shownCourses == 0 && !Html.HasText(item.Text) && !Html.HasText(item.Description);
        return html.Length == 0 ? string.Empty : $"<article class=\"item{(whole ? " item-whole" : string.Empty)}\">{html}</article>";
    }

    /// <summary>Appends the non-blank entries as a list; returns how many there were.</summary>
    private static int List(StringBuilder html, string listClass, IReadOnlyList<string> entries)
    {
        var shown = entries.Where(Html.HasText).ToList();
        if (shown.Count > 0)
        {
            html.Append($"<ul class=\"{listClass}\">");
            shown.ForEach(e => html.Append($"<li>{Html.Isolated(e)}</li>"));
            html.Append("</ul>");
        }

        return shown.Count;
    }

    /// <summary>The recommendation as a quote, then who gave it.</summary>
    private static string Reference(ResumeDocumentItem item)
    {
        var quote = Paragraphs(item.Text, null);
        var name = Html.HasText(item.Name) ? $"<p class=\"item-subtitle\">\u2014 {Html.Isolated(item.Name)}</p>" : string.Empty;
        if (quote.Length == 0 && name.Length == 0)
        {
            return string.Empty;
        }

        var quoted = quote.Length == 0 ? string.Empty : $"<blockquote class=\"item-quote\">{quote}</blockquote>";
        return $"<article class=\"item{(quote.Length == 0 ? " item-whole" : string.Empty)}\">{quoted}{name}</article>";
    }

    /// <summary>Line breaks typed by the user become paragraphs; wrapped in an item when <paramref name="itemClass"/> is set.</summary>
    private static string Paragraphs(string? text, string? itemClass, string paragraphClass = "item-text")
    {
        if (!Html.HasText(text))
        {
            return string.Empty;
        }

        var paragraphs = string.Concat(text!
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p class=\"{paragraphClass}\">{Html.Isolated(p)}</p>"));
        return itemClass is null ? paragraphs : $"<article class=\"{itemClass}\">{paragraphs}</article>";
    }

    /// <param name="detailMarkup">Already encoded (or built from encoded parts).</param>
    private static string Tag(string? name, string detailMarkup)
    {
        if (!Html.HasText(name) && !Html.HasText(detailMarkup))
        {
            return string.Empty;
        }

        var detail = Html.HasText(detailMarkup) ? $"<bdi class=\"tag-detail\">{detailMarkup}</bdi>" : string.Empty;
        return $"<li class=\"tag\"><bdi class=\"tag-name\">{Html.Encode(name)}</bdi>{detail}</li>";
    }

    /// <summary>"Expert · HTML, CSS": the level, then what the skill covers.</summary>
    private static string SkillDetail(ResumeDocumentItem item)
    {
        var keywords = Join(", ", [.. item.Keywords]);
        return Html.HasText(item.Level) && Html.HasText(keywords)
            ? $"{Html.Encode(item.Level)} \u00B7 <span class=\"tag-keywords\">{Html.Encode(keywords)}</span>"
            : Html.HasText(keywords) ? $"<span class=\"tag-keywords\">{Html.Encode(keywords)}</span>" : Html.Encode(item.Level);
    }

    private static string Keywords(IReadOnlyList<string> keywords) =>
        Join(", ", [.. keywords]) is { Length: > 0 } joined ? $"<span class=\"tag-keywords\">{Html.Encode(joined)}</span>" : string.Empty;

    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(Html.HasText).Select(p => p!.Trim()));

    /// <summary>What a block item prints, each part optional: head (title, subtitle, dates, place), link, paragraphs, lists.</summary>
    private sealed record BlockParts
    {
        public string? Title { get; init; }

        public string? Subtitle { get; init; }

        public string? Dates { get; init; }

        public string? Location { get; init; }

        public string? Url { get; init; }

        /// <summary>About the organisation (a company's line), printed before <see cref="Text"/>.</summary>
        public string? Description { get; init; }

        public string? Text { get; init; }

        public IReadOnlyList<string> Bullets { get; init; } = [];

        public IReadOnlyList<string> Courses { get; init; } = [];

        public IReadOnlyList<string> Keywords { get; init; } = [];
    }
}
