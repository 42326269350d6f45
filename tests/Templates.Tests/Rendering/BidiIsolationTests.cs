namespace ResumeExport.Templates.Tests.Rendering;

/// <summary>
/// Every piece of user text is isolated in a <c>bdi</c>, so mixed Arabic and Latin keeps the order it was typed in on a
/// page of either direction; separators stay outside, in the page's direction.
/// </summary>
public sealed class BidiIsolationTests
{
    private static IEnumerable<string> TemplateKeys => ResumeTemplates.Keys;

    [TestCaseSource(nameof(TemplateKeys))]
    public void Each_contact_fact_and_profile_is_its_own_isolate_with_the_separators_between(string key)
    {
        var document = SampleDocuments.WithEveryKind() with
        {
            Language = "ar",
            AuthorName = "ليلى حداد",
            Phone = "+971 4 123 4567",
            Location = "دبي, AE",
            Website = "https://layla.example.com",
            Profiles = [new ResumeDocumentProfile("GitHub", "laylah", null)],
        };

        var html = ResumeTemplates.Render(key, document, TemplatePageSize.A4);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<bdi class=\"contact-item email\">jane@example.com</bdi><span class=\"separator\"> \u00B7 </span>"
                + "<bdi class=\"contact-item phone\">+971 4 123 4567</bdi><span class=\"separator\"> \u00B7 </span>"
                + "<bdi class=\"contact-item location\">دبي, AE</bdi><span class=\"separator\"> \u00B7 </span>"
                + "<bdi class=\"contact-item website\">"));
            Assert.That(html, Does.Contain("<bdi class=\"contact-item profile\"><span class=\"profile-network\">GitHub:</span> laylah</bdi>"));
            Assert.That(html, Does.Contain("<h1 class=\"name\"><bdi>ليلى حداد</bdi></h1>"));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Titles_paragraphs_bullets_places_and_tags_are_isolated(string key)
    {
        var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.A4);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<h2 class=\"section-title\"><bdi>Experience</bdi></h2>"));
            Assert.That(html, Does.Contain("<h3 class=\"item-title\"><bdi>Staff Engineer</bdi></h3><p class=\"item-subtitle\"><bdi>Acme GmbH</bdi></p>"));
            Assert.That(html, Does.Contain("<bdi class=\"item-location\">Berlin</bdi>"));
            Assert.That(html, Does.Contain("<p class=\"item-url\"><bdi><a class=\"url\" href=\"https://acme.example.com/\">acme.example.com</a></bdi></p>"));
            Assert.That(html, Does.Contain("<p class=\"item-text\"><bdi>Owns the platform team&#39;s roadmap.</bdi></p>"));
            Assert.That(html, Does.Contain("<li><bdi>Cut p99 latency by 40%</bdi></li>"));
            Assert.That(html, Does.Contain("<li class=\"tag\"><bdi class=\"tag-name\">"));
        });
    }

    [Test]
    public void Isolating_never_lets_markup_through()
    {
        var html = ResumeTemplates.Render("classic", SampleDocuments.WithEveryKind() with { Headline = SampleDocuments.ScriptTag }, TemplatePageSize.A4);

        Assert.That(html, Does.Contain("<p class=\"headline\"><bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi></p>").And.Not.Contain("<script>"));
    }
}
