using System.Security.Cryptography;
using System.Text;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Domain.UnitTests.Resumes;

public sealed class ResumeContentTests
{
    private static readonly ResumeContent Small = new(
        "Ingénieure <backend>",
        "classic",
        "de-CH",
        new ResumeBasics { Name = "Ana", Location = new ResumeLocation("Zürich", null, "CH") },
        [new ResumeSection(SectionKind.Experience, "Erfahrung", [new SectionItem { Company = "Müller & Söhne", StartDate = new PartialDate(2014, 6), Bullets = ["日本語 \"quoted\""] }])]);

    [Test]
    public void The_canonical_form_sorts_names_at_every_level_leaves_out_nulls_and_computed_values_and_keeps_text_as_utf8()
    {
        var json = Encoding.UTF8.GetString(Small.CanonicalJson());

        const string Expected =
            """
            {"basics":{"location":{"city":"Zürich","countryCode":"CH"},"name":"Ana","profiles":[]},"language":"de-CH","sections":[{"items":[{"bullets":["日本語 \"quoted\""],"company":"Müller & Söhne","courses":[],"keywords":[],"roles":[],"startDate":"2014-06"}],"keepTogether":false,"kind":"experience","startOnNewPage":false,"title":"Erfahrung"}],"templateKey":"classic","title":"Ingénieure <backend>"}
            """;
        Assert.That(json, Is.EqualTo(Expected));
    }

    [Test]
    public void The_hash_is_the_lower_case_hex_sha256_of_the_canonical_bytes() =>
        Assert.That(Small.Sha256(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Small.CanonicalJson()))).And.Match("^[0-9a-f]{64}$"));

    [Test]
    public void Equal_content_built_separately_has_the_same_bytes_and_hash()
    {
        var copy = Small with { Sections = [.. Small.Sections.Select(s => s with { Items = [.. s.Items.Select(i => i with { })] })] };

        Assert.Multiple(() =>
        {
            Assert.That(copy.Sha256(), Is.EqualTo(Small.Sha256()));
            Assert.That(copy.SameAs(Small), Is.True);
        });
    }

    [Test]
    public void Any_change_of_what_the_resume_says_changes_the_hash()
    {
        var changes = new[]
        {
            Small with { Title = "Ingénieure <frontend>" },
            Small with { TemplateKey = "modern" },
            Small with { Language = null },
            Small with { Basics = null },
            Small with { Sections = [Small.Sections[0] with { KeepTogether = true }] },
            Small with { Sections = [Small.Sections[0] with { Items = [Small.Sections[0].Items[0] with { StartDate = new PartialDate(2014, 6, 1) }] }] },
            Small with { Sections = [] },
        };

        Assert.That(changes.Select(c => c.Sha256()).Append(Small.Sha256()), Is.Unique);
    }

    [Test]
    public void A_date_keeps_its_precision_in_the_canonical_form()
    {
        static string With(PartialDate date) => Encoding.UTF8.GetString(
            (Small with { Sections = [new ResumeSection(SectionKind.Experience, "E", [new SectionItem { StartDate = date }])] }).CanonicalJson());

        Assert.Multiple(() =>
        {
            Assert.That(With(new PartialDate(2014)), Does.Contain("\"startDate\":\"2014\""));
            Assert.That(With(new PartialDate(2014, 6)), Does.Contain("\"startDate\":\"2014-06\""));
            Assert.That(With(new PartialDate(2014, 6, 29)), Does.Contain("\"startDate\":\"2014-06-29\""));
        });
    }
}
