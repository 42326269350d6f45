using System.Text.RegularExpressions;
using ResumeExport.Templates.Rendering;

namespace ResumeExport.Templates.Outline;

/// <summary>
/// A resume reduced to what every format prints, whatever its layout: the header, then each section with its heading in
/// the resume's language and its items as title, subtitle, dates, place, details, paragraphs, links, bullets and tags.
/// Writers of formats other than HTML (Word, Markdown, plain text) print this and nothing else, so they agree with the
/// templates and with each other on what a resume says. All text is plain, one line each, control characters removed.
/// </summary>
public sealed partial record ResumeOutline
{
    /// <summary>Kinds printed as one list of short entries rather than as blocks (as the templates print them).</summary>
    private static readonly HashSet<string> ListKinds =
        [ResumeSectionKinds.Skills, ResumeSectionKinds.Languages, ResumeSectionKinds.Links, ResumeSectionKinds.Interests];

    private static readonly HashSet<string> KnownKinds =
    [
        ResumeSectionKinds.Summary, ResumeSectionKinds.Experience, ResumeSectionKinds.Education, ResumeSectionKinds.Skills,
        ResumeSectionKinds.Projects, ResumeSectionKinds.Certifications, ResumeSectionKinds.Languages, ResumeSectionKinds.Links,
        ResumeSectionKinds.Volunteer, ResumeSectionKinds.Awards, ResumeSectionKinds.Publications, ResumeSectionKinds.Interests,
        ResumeSectionKinds.References, ResumeSectionKinds.Custom,
    ];

    /// <summary>English titles of the kinds a print language may not name yet; the print language's own title wins.</summary>
    private static readonly Dictionary<string, string> FallbackTitles = new(StringComparer.Ordinal)
    {
        [ResumeSectionKinds.Volunteer] = "Volunteering",
        [ResumeSectionKinds.Awards] = "Awards",
        [ResumeSectionKinds.Publications] = "Publications",
        [ResumeSectionKinds.Interests] = "Interests",
        [ResumeSectionKinds.References] = "References",
    };

    /// <summary>The resume's title: the document's title property.</summary>
    public required string Title { get; init; }

    /// <summary>The person's name: the first line and the document's author.</summary>
    public required string Name { get; init; }

    /// <summary>The line under the name: the resume's headline, else its title.</summary>
    public required string Headline { get; init; }

    /// <summary>E-mail, phone, place and web site, then the profiles, in that order.</summary>
    public IReadOnlyList<ResumeOutlineContact> Contacts { get; init; } = [];

    /// <summary>A well-formed BCP 47 tag (<c>en</c>, <c>pt-BR</c>, <c>ar</c>); <c>en</c> when the resume gives none or a malformed one.</summary>
    public required string Language { get; init; }

    /// <summary>The resume's language is written right to left (ar, he, fa, ur…): pages, paragraphs and runs run right to left.</summary>
    public bool IsRightToLeft { get; init; }

    public IReadOnlyList<ResumeOutlineSection> Sections { get; init; } = [];

    /// <summary>The outline of <paramref name="document"/>: sections in its order, empty items and sections left out.</summary>
    public static ResumeOutline Build(ResumeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var language = LanguageTag(document.Language);
        var print = PrintLanguages.For(language);
        var name = OutlineText.Line(document.AuthorName) ?? string.Empty;
        return new ResumeOutline
        {
            Title = OutlineText.Line(document.Title) ?? name,
            Name = name,
            Headline = OutlineText.Line(document.Headline) ?? OutlineText.Line(document.Title) ?? string.Empty,
            Contacts = ContactsOf(document),
            Language = language,
            IsRightToLeft = TextDirections.IsRightToLeftLanguage(language),
            Sections = [.. document.Sections.Select(section => Section(section, print)).OfType<ResumeOutlineSection>()],
        };
    }

    /// <summary>Each section's heading and each item's texts, in reading order: what any format must show, and in this order.</summary>
    public IEnumerable<string> Texts()
    {
        yield return Name;
        if (Headline.Length > 0)
        {
            yield return Headline;
        }

        foreach (var contact in Contacts)
        {
            yield return contact.Text;
        }

        foreach (var section in Sections)
        {
            if (section.Heading.Length > 0)
            {
                yield return section.Heading;
            }

            foreach (var text in section.Items.SelectMany(item => item.Texts()))
            {
                yield return text;
            }
        }
    }

    /// <summary>
    /// True when the first letter of <paramref name="text"/> belongs to a script written right to left (Hebrew, Arabic,
    /// Syriac, Thaana…): the Unicode bidirectional algorithm's paragraph rule, for writers that set directions per run.
    /// </summary>
    public static bool StartsRightToLeft(string? text) => OutlineText.StartsRightToLeft([text]);

    private static string LanguageTag(string? language)
    {
        var tag = language?.Trim().Replace('_', '-');
        return tag is not null && LanguageTagPattern().IsMatch(tag) ? tag : PrintLanguages.English.Tag;
    }

    private static List<ResumeOutlineContact> ContactsOf(ResumeDocument document)
    {
        var contacts = new List<ResumeOutlineContact>();
        Add(ResumeOutlineContactKind.Email, OutlineText.Line(document.AuthorEmail), null);
        Add(ResumeOutlineContactKind.Phone, OutlineText.Line(document.Phone), null);
        Add(ResumeOutlineContactKind.Location, OutlineText.Line(document.Location), null);
        if (OutlineText.Link(document.Website) is { } website)
        {
            Add(ResumeOutlineContactKind.Website, website.Text, website.Target);
        }

        foreach (var profile in document.Profiles)
        {
            var network = OutlineText.Line(profile.Network);
            var shown = OutlineText.Line(profile.Username) ?? (OutlineText.Line(profile.Url) is { } url ? OutlineText.Shorten(url) : null);
            var text = (network, shown) switch
            {
                (null, null) => null,
                (null, _) => shown,
                (_, null) => network,
                _ => $"{network}: {shown}",
            };
            Add(ResumeOutlineContactKind.Profile, text, OutlineText.WebTarget(profile.Url));
        }

        return contacts;

        void Add(ResumeOutlineContactKind kind, string? text, Uri? target)
        {
            if (text is not null)
            {
                contacts.Add(new ResumeOutlineContact(kind, text, target));
            }
        }
    }

    private static ResumeOutlineSection? Section(ResumeDocumentSection section, PrintLanguage language)
    {
        var kind = KnownKinds.Contains(section.Kind) ? section.Kind : ResumeSectionKinds.Custom;
        var items = section.Items.Select(item => Item(kind, item, language)).Where(item => !item.IsEmpty).ToList();
        return items.Count == 0 ? null : new ResumeOutlineSection(kind, Heading(kind, section.Title, language), ListKinds.Contains(kind), items)
        {
            KeepTogether = section.KeepTogether,
            StartOnNewPage = section.StartOnNewPage,
        };
    }

    /// <summary>
    /// The templates' rule: the section's own title, unless it has none or it is the English default of its kind
    /// ("Experience", as a JSON Resume import names it); then the default title in the resume's language.
    /// </summary>
    private static string Heading(string kind, string? title, PrintLanguage language)
    {
        var own = OutlineText.Line(title);
        var english = PrintLanguages.English.SectionTitles.TryGetValue(kind, out var englishTitle) ? englishTitle : FallbackTitles.GetValueOrDefault(kind);
        var local = language.SectionTitles.TryGetValue(kind, out var localTitle) ? localTitle : english;
        if (local is null)
        {
            return own ?? string.Empty;
        }

        var isDefault = own is null || string.Equals(own, english, StringComparison.OrdinalIgnoreCase);
        return isDefault ? local : own!;
    }

    private static ResumeOutlineItem Item(string kind, ResumeDocumentItem item, PrintLanguage language)
    {
        var range = OutlineText.Line(ResumeDates.Range(item.StartDate, item.EndDate, language));
        var date = item.Date is { } day ? language.MonthYear(day) : null;
        var url = OutlineText.Link(item.Url) is { } link ? new[] { link } : [];
        var outline = kind switch
        {
            ResumeSectionKinds.Summary => new ResumeOutlineItem { Paragraphs = OutlineText.Lines(item.Text) },
            ResumeSectionKinds.Experience => new ResumeOutlineItem
            {
                Title = OutlineText.Line(item.Role),
                Subtitle = OutlineText.Line(item.Company),
                Dates = range,
                Location = OutlineText.Line(item.Location),
                Details = OutlineText.Lines(item.Description),
                Paragraphs = OutlineText.Lines(item.Summary),
                Links = url,
                Bullets = OutlineText.All(item.Bullets),
            },
            ResumeSectionKinds.Education => new ResumeOutlineItem
            {
                Title = OutlineText.Join(", ", item.Degree, item.Field),
                Subtitle = OutlineText.Line(item.Institution),
                Dates = range,
                Details = OutlineText.Lines(item.Score),
                Links = url,
                Bullets = OutlineText.All(item.Courses),
            },
            ResumeSectionKinds.Skills => new ResumeOutlineItem
            {
                Title = OutlineText.Line(item.Name),
                Subtitle = OutlineText.Line(item.Level),
                Tags = OutlineText.All(item.Keywords),
            },
            ResumeSectionKinds.Projects => new ResumeOutlineItem
            {
                Title = OutlineText.Line(item.Name),
                Subtitle = OutlineText.Join(" \u00B7 ", item.Entity, item.Type),
                Dates = range,
                Details = OutlineText.Join(", ", [.. item.Roles]) is { } roles ? [roles] : [],
                Paragraphs = OutlineText.Lines(item.Description),
                Links = url,
                Bullets = OutlineText.All(item.Bullets),
                Tags = OutlineText.All(item.Keywords),
            },
            ResumeSectionKinds.Certifications => new ResumeOutlineItem
            {
                Title = OutlineText.Line(item.Name),
                Subtitle = OutlineText.Line(item.Issuer),
                Dates = date,
                Links = url,
            },
            ResumeSectionKinds.Languages => new ResumeOutlineItem
            {
                Title = OutlineText.Line(item.Name),
                Subtitle = OutlineText.Line(item.Proficiency),
            },
            ResumeSectionKinds.Links => OutlineText.Link(item.Url) is { } target
                ? new ResumeOutlineItem { Title = OutlineText.Line(item.Label), Links = [target] }
                : new ResumeOutlineItem { Title = OutlineText.Line(item.Label) },
            ResumeSectionKinds.Volunteer => new ResumeOutlineItem
            {
                Title = OutlineText.Line(item.Role),
                Subtitle = OutlineText.Line(item.Organization),
                Dates = range,
                Paragraphs = OutlineText.Lines(item.Summary),
                Links = url,
                Bullets = OutlineText.All(item.Bullets),
            },
            ResumeSectionKinds.Awards => new ResumeOutlineItem
            {
                Title = OutlineText.Line(item.Name),
                Subtitle = OutlineText.Line(item.Issuer),
                Dates = date,
                Paragraphs = OutlineText.Lines(item.Summary),
            },
            ResumeSectionKinds.Publications => new ResumeOutlineItem
            {
                Title = OutlineText.Line(item.Name),
                Subtitle = OutlineText.Line(item.Publisher),
                Dates = date,
                Paragraphs = OutlineText.Lines(item.Summary),
                Links = url,
            },
            ResumeSectionKinds.Interests => new ResumeOutlineItem
            {
                Title = OutlineText.Line(item.Name),
                Tags = OutlineText.All(item.Keywords),
            },
            ResumeSectionKinds.References => new ResumeOutlineItem
            {
                Title = OutlineText.Line(item.Name),
                Paragraphs = OutlineText.Lines(item.Text),
            },
            _ => new ResumeOutlineItem { Paragraphs = OutlineText.Lines(item.Text), Bullets = OutlineText.All(item.Bullets) },
        };
        return outline with { IsRightToLeft = OutlineText.StartsRightToLeft(outline.Texts()) };
    }

    /// <summary>Language, then optional script, region and variants: letters, digits and hyphens only.</summary>
    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTagPattern();
}
