using ResumeExport.Domain.Resumes;
using ResumeExport.Templates;

namespace ResumeExport.Domain.UnitTests.Resumes;

public sealed class SectionKindsTests
{
    [TestCase("summary", SectionKind.Summary)]
    [TestCase("experience", SectionKind.Experience)]
    [TestCase("education", SectionKind.Education)]
    [TestCase("skills", SectionKind.Skills)]
    [TestCase("projects", SectionKind.Projects)]
    [TestCase("certifications", SectionKind.Certifications)]
    [TestCase("languages", SectionKind.Languages)]
    [TestCase("links", SectionKind.Links)]
    [TestCase("custom", SectionKind.Custom)]
    [TestCase("volunteer", SectionKind.Volunteer)]
    [TestCase("awards", SectionKind.Awards)]
    [TestCase("publications", SectionKind.Publications)]
    [TestCase("interests", SectionKind.Interests)]
    [TestCase("references", SectionKind.References)]
    public void Try_parse_accepts_each_lower_case_kind_name(string name, SectionKind expected)
    {
        var parsed = SectionKinds.TryParse(name, out var kind);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True);
            Assert.That(kind, Is.EqualTo(expected));
        });
    }

    [TestCase("Summary")]
    [TestCase("EXPERIENCE")]
    [TestCase("1")]
    [TestCase("0")]
    [TestCase("")]
    [TestCase(null)]
    [TestCase(" skills")]
    [TestCase("skill")]
    [TestCase("summary,experience")]
    public void Try_parse_rejects_anything_else(string? name) =>
        Assert.That(SectionKinds.TryParse(name, out _), Is.False);

    [Test]
    public void The_names_are_the_fourteen_wire_names_in_enum_order() =>
        Assert.That(
            SectionKinds.Names,
            Is.EqualTo(new[]
            {
                "summary", "experience", "education", "skills", "projects", "certifications", "languages", "links", "custom",
                "volunteer", "awards", "publications", "interests", "references",
            }));

    [Test]
    public void Every_name_parses_back_to_its_kind() =>
        Assert.That(
            Enum.GetValues<SectionKind>().All(k => SectionKinds.TryParse(SectionKinds.NameOf(k), out var parsed) && parsed == k),
            Is.True);

    [Test]
    public void Every_kind_the_templates_package_defines_is_a_domain_kind() =>
        Assert.That(
            ResumeSectionKinds.All.Select(name => SectionKinds.TryParse(name, out var kind) ? SectionKinds.NameOf(kind) : null),
            Is.EqualTo(ResumeSectionKinds.All));

    [Test]
    public void The_domain_has_no_kind_the_templates_package_does_not_define() =>
        Assert.That(Enum.GetValues<SectionKind>().Select(SectionKinds.NameOf), Is.EquivalentTo(ResumeSectionKinds.All));
}
