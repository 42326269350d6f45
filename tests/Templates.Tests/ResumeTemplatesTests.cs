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
            new TemplateDescriptor("classic", "Classic", 1, ["experience", "education"], IsPremium: false),
            new TemplateDescriptor("modern", "Modern", 1, ["summary", "experience"], IsPremium: false),
            new TemplateDescriptor("compact", "Compact", 1, ["experience", "skills"], IsPremium: true),
        }).Using<TemplateDescriptor>((a, b) =>
            a.Key == b.Key && a.Name == b.Name && a.Version == b.Version && a.IsPremium == b.IsPremium
            && a.RequiredSections.SequenceEqual(b.RequiredSections)));
        Assert.That(ResumeTemplates.Keys, Is.EqualTo(new[] { "classic", "modern", "compact" }));
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
        Assert.That(error!.Message, Does.Contain("classic, modern, compact"));
        Assert.That(ResumeTemplates.TryGet("fancy", out _), Is.False);
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Every_template_renders_all_nine_section_kinds(string key)
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
    public void Headings_keep_with_what_follows_and_items_are_not_split(string key)
    {
        var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.A4);

        Assert.That(html, Does.Match(@"h2, h3, \.section-title[^{]*\{ break-after: avoid;"));
        Assert.That(html, Does.Match(@"\.item, \.section-lead[^{]*\{ break-inside: avoid;"));
        Assert.That(html, Does.Contain("<div class=\"section-lead\"><h2 class=\"section-title\">Experience</h2><article class=\"item\">"));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Fonts_cover_latin_and_cjk_from_installed_families(string key)
    {
        var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.A4);

        Assert.That(html, Does.Contain("\"Noto Sans CJK SC\"").And.Contain("\"DejaVu"));
        Assert.That(html, Does.Contain("\"Noto Sans\"").Or.Contain("\"Noto Serif\""));
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
