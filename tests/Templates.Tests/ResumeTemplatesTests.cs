using System.Text.RegularExpressions;

namespace ResumeExport.Templates.Tests;

public sealed partial class ResumeTemplatesTests
{
    private static IEnumerable<string> TemplateKeys => ResumeTemplates.Keys;

    [Test]
    public void The_catalogue_matches_the_default_templates_of_the_domain()
    {
        Assert.That(ResumeTemplates.All, Is.EqualTo(new[]
        {
            new TemplateDescriptor("classic", "Classic", 2, ["experience", "education"], IsPremium: false),
            new TemplateDescriptor("modern", "Modern", 2, ["summary", "experience"], IsPremium: false),
            new TemplateDescriptor("compact", "Compact", 2, ["experience", "skills"], IsPremium: true),
            new TemplateDescriptor("executive", "Executive", 1, ["summary", "experience"], IsPremium: true),
            new TemplateDescriptor("timeline", "Timeline", 1, ["experience", "education"], IsPremium: false),
            new TemplateDescriptor("mashriq", "Mashriq", 1, ["experience", "skills"], IsPremium: false),
        }).Using<TemplateDescriptor>((a, b) =>
            a.Key == b.Key && a.Name == b.Name && a.Version == b.Version && a.IsPremium == b.IsPremium
            && a.RequiredSections.SequenceEqual(b.RequiredSections)));
        Assert.That(ResumeTemplates.Keys, Is.EqualTo(new[] { "classic", "modern", "compact", "executive", "timeline", "mashriq" }));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Required_sections_are_known_section_kinds(string key)
    {
        Assert.That(ResumeTemplates.TryGet(key, out var descriptor), Is.True);
        Assert.That(descriptor!.RequiredSections, Is.SubsetOf(ResumeSectionKinds.All).And.Not.Empty);
    }

    [Test]
    public void An_unknown_template_key_is_refused_with_the_known_keys()
    {
        var error = Assert.Throws<ArgumentException>(() => ResumeTemplates.Render("fancy", SampleDocuments.WithEveryKind(), TemplatePageSize.A4));
        Assert.That(error!.Message, Does.Contain("classic, modern, compact, executive, timeline, mashriq"));
        Assert.That(ResumeTemplates.TryGet("fancy", out _), Is.False);
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Every_template_renders_all_fourteen_section_kinds(string key)
    {
        var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.A4);

        Assert.Multiple(() =>
        {
            foreach (var kind in ResumeSectionKinds.All)
            {
                Assert.That(html, Does.Contain($"class=\"section kind-{kind}\""), kind);
            }

            Assert.That(html, Does.Contain("Staff Engineer").And.Contain("Acme GmbH").And.Contain("Cut p99 latency by 40%"));
            Assert.That(html, Does.Contain("TU M&#252;nchen").And.Contain("MSc, Informatics"));
            Assert.That(html, Does.Contain("PostgreSQL").And.Contain("pdf-kit").And.Contain("CNCF").And.Contain("Native"));
            Assert.That(html, Does.Contain("Mentor at CoderDojo").And.Contain("Weekly sessions"));
            Assert.That(html, Does.Contain("href=\"https://github.com/jane\">github.com/jane</a>"));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Dates_read_as_month_and_year_and_an_open_range_ends_present(string key)
    {
        var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.A4);

        Assert.That(html, Does.Contain("Jan 2020 \u2013 Present"));
        Assert.That(html, Does.Contain("Mar 2016 \u2013 Dec 2019"));
        Assert.That(html, Does.Contain("May 2022"));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void The_title_tag_is_the_resume_title_and_the_author_meta_is_the_owner(string key)
    {
        var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind("Backend & Data", "Jürgen Müller"), TemplatePageSize.A4);

        Assert.That(html, Does.Contain("<title>Backend &amp; Data</title>"));
        Assert.That(html, Does.Contain("<meta name=\"author\" content=\"J&#252;rgen M&#252;ller\">"));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void The_page_box_follows_the_requested_paper(string key)
    {
        var a4 = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.A4);
        var letter = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.Letter);

        Assert.That(PageSize().Match(a4).Groups[1].Value, Is.EqualTo("A4"));
        Assert.That(PageSize().Match(letter).Groups[1].Value, Is.EqualTo("letter"));
        Assert.That(a4, Does.Contain("margin:"));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Headings_keep_with_what_follows_and_long_items_break_only_between_bullets(string key)
    {
        var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.A4);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Match(@"h1, h2, h3, \.section-title, \.item-head[^{]*\{ break-after: avoid;"));
            Assert.That(html, Does.Match(@"ul\.bullets li, \.tag, \.item-whole \{ break-inside: avoid;"));
            Assert.That(html, Does.Match(@"ul\.bullets li:first-child, ul\.bullets li:last-child \{ break-before: avoid;"));
            Assert.That(html, Does.Not.Match(@"(^|[\s,])\.item[ ,{][^}]*break-inside"), "a whole item is no longer kept on one page");
            Assert.That(html, Does.Contain("<h2 class=\"section-title\"><bdi>Experience</bdi></h2><article class=\"item\"><div class=\"item-head\">"));
            Assert.That(html, Does.Contain("<article class=\"item item-whole\"><div class=\"item-head\"><div class=\"item-heading\"><h3 class=\"item-title\"><bdi>CKA"));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Nothing_is_positioned_floated_or_translucent_so_paint_order_is_reading_order(string key)
    {
        var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.A4);
        var css = html[html.IndexOf("<style>", StringComparison.Ordinal)..html.IndexOf("</style>", StringComparison.Ordinal)];

        // Chromium paints positioned and translucent boxes after the normal flow, and the PDF's text follows paint order.
        Assert.That(css, Does.Not.Match(@"(^|[\s;{])(position|opacity|float|transform)\s*:"));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Each_tightening_level_sets_the_page_a_little_smaller(string key)
    {
        var box = ResumeTemplates.PageBox(key, TemplatePageSize.A4);
        var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.A4);

        Assert.That(box.MaxTighteningLevel, Is.InRange(1, 4));
        Assert.That(box.TighteningZooms, Is.Ordered.Descending.And.All.InRange(0.9, 0.99));
        for (var level = 1; level <= box.MaxTighteningLevel; level++)
        {
            Assert.That(html, Does.Contain($"html.fit-{level} body {{ zoom: "), $"level {level}");
        }

        Assert.That(html, Does.Not.Contain($"html.fit-{box.MaxTighteningLevel + 1} "));
    }

    [TestCase("classic", TemplatePageSize.A4, 170, 261, 261)]
    [TestCase("modern", TemplatePageSize.A4, 210, 265, 281)]
    [TestCase("compact", TemplatePageSize.Letter, 189.9, 255.4, 255.4)]
    [TestCase("executive", TemplatePageSize.A4, 172, 263, 263)]
    [TestCase("timeline", TemplatePageSize.A4, 178, 265, 265)]
    [TestCase("mashriq", TemplatePageSize.Letter, 187.9, 251.4, 251.4)]
    public void The_page_box_is_the_paper_less_the_template_margins(string key, TemplatePageSize size, double width, double height, double firstHeight)
    {
        var box = ResumeTemplates.PageBox(key, size);

        Assert.That(box.ContentWidthMm, Is.EqualTo(width).Within(0.01));
        Assert.That(box.ContentHeightMm, Is.EqualTo(height).Within(0.01));
        Assert.That(box.FirstPageContentHeightMm, Is.EqualTo(firstHeight).Within(0.01));
    }

    [Test]
    public void A_design_that_keeps_larger_blocks_whole_estimates_with_its_own_break_slack()
    {
        var box = new TemplatePageBox(170, 100, 100, [0.95]) { BreakSlackShare = 0.08 };

        Assert.Multiple(() =>
        {
            Assert.That(ResumeTemplates.PageBox("timeline", TemplatePageSize.A4).BreakSlackShare, Is.EqualTo(0.08));
            Assert.That(ResumeTemplates.PageBox("classic", TemplatePageSize.A4).BreakSlackShare, Is.EqualTo(TemplatePageBox.BreakSlack));
            Assert.That(box.EstimatePages(192), Is.EqualTo(2), "two pages hold 92 + 100");
            Assert.That(box.EstimatePages(193), Is.EqualTo(3));
        });
    }

    [Test]
    public void Page_estimates_allow_for_the_room_breaks_leave_on_every_page_but_the_last()
    {
        var box = new TemplatePageBox(170, 100, 100, [0.95]);

        Assert.Multiple(() =>
        {
            Assert.That(box.EstimatePages(50), Is.EqualTo(1));
            Assert.That(box.EstimatePages(100), Is.EqualTo(1), "one page: no break, nothing lost");
            Assert.That(box.EstimatePages(101), Is.EqualTo(2));
            Assert.That(box.EstimatePages(197), Is.EqualTo(2), "two pages hold 97 + 100");
            Assert.That(box.EstimatePages(198), Is.EqualTo(3));
            Assert.That(box.EstimatePages(294), Is.EqualTo(3), "three pages hold 97 + 97 + 100");
            Assert.That(box.EstimatePages(295), Is.EqualTo(4));
            Assert.That(TemplatePageBox.TighteningClass(2), Is.EqualTo("fit-2"));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void The_header_prints_the_basics_each_detail_on_its_own(string key)
    {
        var document = SampleDocuments.WithEveryKind() with
        {
            Headline = "Principal Engineer",
            Phone = "+49 30 1234567",
            Location = "Berlin, DE",
            Website = "https://jane.example.com/",
            Profiles = [new("GitHub", "jane", "https://github.com/jane"), new("Mastodon", null, "https://hachyderm.io/@jane"), new("Blog", "blog.jane.dev", null)],
        };

        var html = ResumeTemplates.Render(key, document, TemplatePageSize.A4);

        var header = html[html.IndexOf("<header", StringComparison.Ordinal)..html.IndexOf("</header>", StringComparison.Ordinal)];
        Assert.Multiple(() =>
        {
            Assert.That(header, Does.Contain("<h1 class=\"name\"><bdi>Jane Doe</bdi></h1><p class=\"headline\"><bdi>Principal Engineer</bdi></p>"));
            Assert.That(header, Does.Contain("<bdi class=\"contact-item email\">jane@example.com</bdi><span class=\"separator\"> \u00B7 </span>"
                + "<bdi class=\"contact-item phone\">+49 30 1234567</bdi>"));
            Assert.That(header, Does.Contain("<bdi class=\"contact-item location\">Berlin, DE</bdi>"));
            Assert.That(header, Does.Contain("<bdi class=\"contact-item website\"><a class=\"url\" href=\"https://jane.example.com/\">jane.example.com</a></bdi>"));
            Assert.That(header, Does.Contain("<span class=\"profile-network\">GitHub:</span> jane"));
            Assert.That(header, Does.Contain("<span class=\"profile-network\">Mastodon:</span> <a class=\"url\" href=\"https://hachyderm.io/@jane\">hachyderm.io/@jane</a>"));
            Assert.That(header, Does.Contain("<span class=\"profile-network\">Blog:</span> blog.jane.dev"));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Without_a_headline_the_title_is_printed_under_the_name_and_empty_contact_lines_are_left_out(string key)
    {
        var document = new ResumeDocument("Senior Platform Engineer", "Jane Doe", string.Empty, SampleDocuments.WithEveryKind().Sections);

        var html = ResumeTemplates.Render(key, document, TemplatePageSize.A4);

        Assert.That(html, Does.Contain("<p class=\"headline\"><bdi>Senior Platform Engineer</bdi></p>"));
        Assert.That(html, Does.Not.Contain("class=\"contact"));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Skills_print_their_keywords_after_the_level(string key)
    {
        var document = SampleDocuments.WithEveryKind() with
        {
            Sections = [new(ResumeSectionKinds.Skills, "Skills", [new() { Name = "Web", Level = "Master", Keywords = ["HTML", "CSS"] }, new() { Name = "Go", Keywords = ["gRPC"] }])],
        };

        var html = ResumeTemplates.Render(key, document, TemplatePageSize.A4);

        Assert.That(html, Does.Contain("<bdi class=\"tag-detail\">Master \u00B7 <span class=\"tag-keywords\">HTML, CSS</span></bdi>"));
        Assert.That(html, Does.Contain("<bdi class=\"tag-detail\"><span class=\"tag-keywords\">gRPC</span></bdi>"));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void The_document_language_is_declared_on_the_html_element(string key)
    {
        var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind() with { Language = "de-CH" }, TemplatePageSize.A4);

        Assert.That(html, Does.StartWith("<!DOCTYPE html><html lang=\"de-CH\" dir=\"ltr\"><head>"));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Fonts_name_a_truetype_family_for_every_script_and_never_the_cff_noto_cjk_faces(string key)
    {
        var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.A4);

        Assert.That(html, Does.Contain("font-family: var(--resume-sans)").Or.Contain("font-family: var(--resume-serif)"));
        foreach (var family in new[] { "Noto Sans", "Noto Serif", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari",
            "LXGW WenKai", "MigMix 2P", "NanumGothic", "NanumMyeongjo", "WenQuanYi Zen Hei", "DejaVu Sans" })
        {
            Assert.That(html, Does.Contain($"\"{family}\""), family);
        }

        Assert.That(html, Does.Not.Contain("CJK"));
    }

    [TestCase("ja", "\"MigMix 2P\", \"LXGW WenKai\"")]
    [TestCase("ko", "\"NanumGothic\", \"LXGW WenKai\"")]
    public void A_japanese_or_korean_resume_puts_its_own_han_forms_first(string language, string order)
    {
        var html = ResumeTemplates.Render("modern", SampleDocuments.WithEveryKind() with { Language = language }, TemplatePageSize.A4);

        Assert.That(html, Does.Contain($":root:lang({language}) {{ --resume-sans: ").And.Contain(order));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void The_page_references_nothing_external(string key)
    {
        var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.A4);

        Assert.That(html, Does.Not.Contain("<img").And.Not.Contain("<script").And.Not.Contain("<link").And.Not.Contain("@import")
            .And.Not.Contain("url(").And.Not.Contain("src="));
        Assert.That(html, Does.Contain("Content-Security-Policy\" content=\"default-src 'none'"));
    }

    [TestCaseSource(nameof(HostileCases))]
    public void User_text_appears_only_encoded(string key, string hostile)
    {
        var html = ResumeTemplates.Render(key, SampleDocuments.Hostile(hostile), TemplatePageSize.A4);

        Assert.That(html, Does.Not.Contain(hostile));
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<img").And.Not.Contain("onload=\""));
        Assert.That(html, Does.Contain(System.Net.WebUtility.HtmlEncode(hostile)));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Only_http_and_https_urls_become_links(string key)
    {
        var document = SampleDocuments.WithEveryKind() with
        {
            Sections =
            [
                new(ResumeSectionKinds.Links, "Links",
                [
                    new() { Label = "Script", Url = "javascript:alert(1)" },
                    new() { Label = "File", Url = "file:///etc/passwd" },
                    new() { Label = "Web", Url = "http://example.com/a?b=1&c=2" },
                ]),
            ],
        };

        var html = ResumeTemplates.Render(key, document, TemplatePageSize.A4);

        Assert.That(html, Does.Not.Contain("href=\"javascript").And.Not.Contain("href=\"file"));
        Assert.That(html, Does.Contain("<span class=\"url\">javascript:alert(1)</span>"));
        Assert.That(html, Does.Contain("href=\"http://example.com/a?b=1&amp;c=2\">example.com/a?b=1&amp;c=2</a>"));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void A_section_without_items_prints_no_orphan_heading(string key)
    {
        var document = SampleDocuments.WithEveryKind() with
        {
            Sections = [new(ResumeSectionKinds.Projects, "Side projects", [new ResumeDocumentItem()])],
        };

        var html = ResumeTemplates.Render(key, document, TemplatePageSize.A4);

        Assert.That(html, Does.Not.Contain("Side projects"));
    }

    private static IEnumerable<TestCaseData> HostileCases() =>
        from key in ResumeTemplates.Keys
        from hostile in new[] { SampleDocuments.ScriptTag, SampleDocuments.ImageTag, SampleDocuments.AttributeBreakout }
        select new TestCaseData(key, hostile);

    [GeneratedRegex(@"@page \{ size: (\w+);")]
    private static partial Regex PageSize();
}
