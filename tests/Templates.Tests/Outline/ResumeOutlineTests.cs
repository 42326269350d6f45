using System.Net;
using System.Text.RegularExpressions;
using ResumeExport.Templates.Outline;

namespace ResumeExport.Templates.Tests.Outline;

/// <summary>The format-neutral outline every non-HTML writer prints: every field of every kind, in the resume's language.</summary>
public sealed class ResumeOutlineTests
{
    private const string StringFields = "Text Company Role Location Institution Degree Field Name Level Description Issuer Proficiency Label Summary Organization Publisher Score Entity Type";

    /// <summary>What each kind reads, as the doc comment of <see cref="ResumeDocumentItem"/> lists it.</summary>
    private static readonly Dictionary<string, string[]> FieldsByKind = new()
    {
        [ResumeSectionKinds.Summary] = ["Text"],
        [ResumeSectionKinds.Experience] = ["Company", "Role", "Location", "Url", "Description", "Summary", "StartDate", "EndDate", "Bullets"],
        [ResumeSectionKinds.Education] = ["Institution", "Degree", "Field", "Url", "Score", "Courses", "StartDate", "EndDate"],
        [ResumeSectionKinds.Skills] = ["Name", "Level", "Keywords"],
        [ResumeSectionKinds.Projects] = ["Name", "Description", "Url", "Entity", "Type", "Roles", "Keywords", "StartDate", "EndDate", "Bullets"],
        [ResumeSectionKinds.Certifications] = ["Name", "Issuer", "Date", "Url"],
        [ResumeSectionKinds.Languages] = ["Name", "Proficiency"],
        [ResumeSectionKinds.Links] = ["Label", "Url"],
        [ResumeSectionKinds.Volunteer] = ["Organization", "Role", "Url", "Summary", "StartDate", "EndDate", "Bullets"],
        [ResumeSectionKinds.Awards] = ["Name", "Issuer", "Date", "Summary"],
        [ResumeSectionKinds.Publications] = ["Name", "Publisher", "Date", "Url", "Summary"],
        [ResumeSectionKinds.Interests] = ["Name", "Keywords"],
        [ResumeSectionKinds.References] = ["Name", "Text"],
        [ResumeSectionKinds.Custom] = ["Text", "Bullets"],
    };

    private static IEnumerable<string> Kinds => FieldsByKind.Keys;

    [TestCaseSource(nameof(Kinds))]
    public void Every_field_a_kind_reads_is_in_its_outline_and_no_other(string kind)
    {
        var outline = ResumeOutline.Build(new ResumeDocument("T", "N", "e@example.com", [new(kind, "", [Marked(kind)])]));
        var item = outline.Sections.Single().Items.Single();
        var texts = item.Texts().ToList();
        var reads = FieldsByKind[kind];

        Assert.Multiple(() =>
        {
            foreach (var field in StringFields.Split(' ').Concat(["Bullets", "Keywords", "Courses", "Roles"]))
            {
                var marker = $"[{kind}.{field}]";
                Assert.That(texts.Any(t => t.Contains(marker, StringComparison.Ordinal)), Is.EqualTo(reads.Contains(field)), $"{marker} printed");
            }

            Assert.That(item.Links.Select(l => l.Target), reads.Contains("Url") ? Does.Contain(new Uri($"https://example.com/{kind}")) : Is.Empty, "its URL, as a link");
            Assert.That(
                item.Dates,
                reads.Contains("StartDate") ? Is.EqualTo("Jun 2014 \u2013 2016") : reads.Contains("Date") ? Is.EqualTo("Mar 2019") : Is.Null,
                "dates as precise as given");
        });
    }

    [Test]
    public void Every_kind_has_a_section_with_a_heading_in_order()
    {
        var document = new ResumeDocument("T", "N", "e@example.com", [.. Kinds.Select(kind => new ResumeDocumentSection(kind, "", [Marked(kind)]))]);

        var outline = ResumeOutline.Build(document);

        Assert.Multiple(() =>
        {
            Assert.That(outline.Sections.Select(s => s.Kind), Is.EqualTo(Kinds));
            Assert.That(outline.Sections.Where(s => s.Kind != ResumeSectionKinds.Custom).Select(s => s.Heading), Has.All.Not.Empty);
            Assert.That(outline.Sections.Where(s => s.IsList).Select(s => s.Kind), Is.EquivalentTo(new[] { "skills", "languages", "links", "interests" }));
        });
    }

    [TestCase("en", "Experience", "Experience")]
    [TestCase("de", "Experience", "Berufserfahrung")]
    [TestCase("de", "", "Berufserfahrung")]
    [TestCase("de", "  experience ", "Berufserfahrung")]
    [TestCase("de", "Stationen", "Stationen")]
    [TestCase("ja", "Experience", "職歴")]
    public void A_default_or_empty_title_prints_in_the_resumes_language_and_an_own_title_as_written(string language, string title, string heading)
    {
        var document = new ResumeDocument("T", "N", "e@example.com", [new(ResumeSectionKinds.Experience, title, [new() { Role = "Engineer" }])])
        {
            Language = language,
        };

        Assert.That(ResumeOutline.Build(document).Sections.Single().Heading, Is.EqualTo(heading));
    }

    [TestCase("en")]
    [TestCase("de")]
    [TestCase("ar")]
    [TestCase("ja")]
    [TestCase("zh-TW")]
    [TestCase("xx")]
    public void The_headings_are_the_ones_the_html_prints(string language)
    {
        var document = SampleDocuments.WithEveryKind() with { Language = language };

        var html = ResumeTemplates.Render("classic", document, TemplatePageSize.A4);
        var printed = Regex.Matches(html, "<h2 class=\"section-title\"><bdi>(.*?)</bdi></h2>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        Assert.That(ResumeOutline.Build(document).Sections.Select(s => s.Heading), Is.EqualTo(printed));
    }

    [Test]
    public void The_header_holds_name_headline_and_contacts_in_order_and_links_only_http()
    {
        var document = new ResumeDocument("Resume title", "Jane Doe", "jane@example.com", [])
        {
            Phone = "+49 30 1234",
            Location = "Berlin",
            Website = "https://www.jane.example/",
            Profiles = [new("GitHub", "jane", "https://github.com/jane"), new("Site", null, "javascript:alert(1)"), new("", null, null)],
        };

        var outline = ResumeOutline.Build(document);

        Assert.Multiple(() =>
        {
            Assert.That(outline.Name, Is.EqualTo("Jane Doe"));
            Assert.That(outline.Headline, Is.EqualTo("Resume title"), "the title when there is no headline");
            Assert.That(outline.Contacts.Select(c => (c.Kind, c.Text)), Is.EqualTo(new[]
            {
                (ResumeOutlineContactKind.Email, "jane@example.com"), (ResumeOutlineContactKind.Phone, "+49 30 1234"),
                (ResumeOutlineContactKind.Location, "Berlin"), (ResumeOutlineContactKind.Website, "jane.example"),
                (ResumeOutlineContactKind.Profile, "GitHub: jane"), (ResumeOutlineContactKind.Profile, "Site: javascript:alert(1)"),
            }));
            Assert.That(outline.Contacts.Select(c => c.Target?.AbsoluteUri), Is.EqualTo(new string?[]
            {
                null, null, null, "https://www.jane.example/", "https://github.com/jane", null,
            }));
        });
    }

    [TestCase(null, "en", false)]
    [TestCase("", "en", false)]
    [TestCase("<script>", "en", false)]
    [TestCase("pt_BR", "pt-BR", false)]
    [TestCase("ar", "ar", true)]
    [TestCase("he-IL", "he-IL", true)]
    [TestCase("fa", "fa", true)]
    [TestCase("ur-PK", "ur-PK", true)]
    [TestCase("az-Arab", "az-Arab", true)]
    [TestCase("ja", "ja", false)]
    public void The_language_is_a_well_formed_tag_and_says_the_direction(string? language, string tag, bool rightToLeft)
    {
        var outline = ResumeOutline.Build(new ResumeDocument("T", "N", "e", []) { Language = language });

        Assert.That((outline.Language, outline.IsRightToLeft), Is.EqualTo((tag, rightToLeft)));
    }

    [Test]
    public void An_item_in_a_right_to_left_script_says_so_inside_a_left_to_right_resume()
    {
        var document = new ResumeDocument("T", "N", "e", [new(ResumeSectionKinds.References, "", [new() { Name = "דנה לוי", Text = "מצוינת" }, new() { Name = "John", Text = "Great" }])]);

        var items = ResumeOutline.Build(document).Sections.Single().Items;

        Assert.That(items.Select(i => i.IsRightToLeft), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void Lines_become_paragraphs_and_control_characters_are_removed()
    {
        var document = new ResumeDocument("T\u0007", "Jane\u0000 Doe", "e", [new(ResumeSectionKinds.Summary, "", [new() { Text = "one\r\ntwo\t2\n\n three \u001B\uFFFE" }])]);

        var outline = ResumeOutline.Build(document);

        Assert.Multiple(() =>
        {
            Assert.That(outline.Name, Is.EqualTo("Jane Doe"));
            Assert.That(outline.Title, Is.EqualTo("T"));
            Assert.That(outline.Sections.Single().Items.Single().Paragraphs, Is.EqualTo(new[] { "one", "two 2", "three" }));
        });
    }

    [Test]
    public void Empty_items_and_sections_are_left_out_and_an_unknown_kind_prints_as_custom()
    {
        var document = new ResumeDocument("T", "N", "e",
        [
            new(ResumeSectionKinds.Experience, "", [new() { Bullets = ["", "  "] }, new() { Institution = "ignored by experience" }]),
            new("hobbies", "Hobbies", [new() { Text = "Chess" }]),
        ]);

        var sections = ResumeOutline.Build(document).Sections;

        Assert.That(sections.Select(s => (s.Kind, s.Heading, s.Items.Single().Paragraphs.Single())), Is.EqualTo(new[] { ("custom", "Hobbies", "Chess") }));
    }

    [TestCase("שלום world", true)]
    [TestCase("123 مرحبا", true)]
    [TestCase("Hello שלום", false)]
    [TestCase("2020 – 2021", false)]
    [TestCase(null, false)]
    public void A_text_starts_right_to_left_when_its_first_letter_does(string? text, bool rightToLeft) =>
        Assert.That(ResumeOutline.StartsRightToLeft(text), Is.EqualTo(rightToLeft));

    /// <summary>An item with every field set to "[kind.Field]" (lists: "[kind.Field] 1"), dates Jun 2014 – 2016 and Mar 2019.</summary>
    private static ResumeDocumentItem Marked(string kind)
    {
        string M(string field) => $"[{kind}.{field}]";
        return new ResumeDocumentItem
        {
            Text = M("Text"),
            Company = M("Company"),
            Role = M("Role"),
            Location = M("Location"),
            Institution = M("Institution"),
            Degree = M("Degree"),
            Field = M("Field"),
            Name = M("Name"),
            Level = M("Level"),
            Description = M("Description"),
            Issuer = M("Issuer"),
            Proficiency = M("Proficiency"),
            Label = M("Label"),
            Summary = M("Summary"),
            Organization = M("Organization"),
            Publisher = M("Publisher"),
            Score = M("Score"),
            Entity = M("Entity"),
            Type = M("Type"),
            Url = $"https://example.com/{kind}",
            StartDate = new ResumeDocumentDate(2014, 6),
            EndDate = new ResumeDocumentDate(2016),
            Date = new ResumeDocumentDate(2019, 3, 5),
            Bullets = [M("Bullets") + " 1"],
            Keywords = [M("Keywords") + " 1"],
            Courses = [M("Courses") + " 1"],
            Roles = [M("Roles") + " 1"],
        };
    }
}
