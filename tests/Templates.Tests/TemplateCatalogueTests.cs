namespace ResumeExport.Templates.Tests;

/// <summary>The package is the one template catalogue (the database is seeded from it): the templates docs/api.md#templates names.</summary>
public sealed class TemplateCatalogueTests
{
    [Test]
    public void Ships_six_templates_once_each() =>
        Assert.That(
            ResumeTemplates.All.Select(t => t.Key),
            Is.EquivalentTo(new[] { "classic", "modern", "compact", "executive", "timeline", "mashriq" }).And.Unique);

    [Test]
    public void Classic_is_free_and_requires_experience_and_education()
    {
        var template = Single("classic");

        Assert.Multiple(() =>
        {
            Assert.That(template.IsPremium, Is.False);
            Assert.That(template.RequiredSections, Is.EquivalentTo(new[] { "experience", "education" }));
        });
    }

    [Test]
    public void Modern_is_free_and_requires_summary_and_experience()
    {
        var template = Single("modern");

        Assert.Multiple(() =>
        {
            Assert.That(template.IsPremium, Is.False);
            Assert.That(template.RequiredSections, Is.EquivalentTo(new[] { "summary", "experience" }));
        });
    }

    [Test]
    public void Compact_is_premium_and_requires_experience_and_skills()
    {
        var template = Single("compact");

        Assert.Multiple(() =>
        {
            Assert.That(template.IsPremium, Is.True);
            Assert.That(template.RequiredSections, Is.EquivalentTo(new[] { "experience", "skills" }));
        });
    }

    [Test]
    public void Executive_is_premium_and_requires_summary_and_experience()
    {
        var template = Single("executive");

        Assert.Multiple(() =>
        {
            Assert.That(template.IsPremium, Is.True);
            Assert.That(template.RequiredSections, Is.EquivalentTo(new[] { "summary", "experience" }));
        });
    }

    [Test]
    public void Timeline_is_free_and_requires_experience_and_education()
    {
        var template = Single("timeline");

        Assert.Multiple(() =>
        {
            Assert.That(template.IsPremium, Is.False);
            Assert.That(template.RequiredSections, Is.EquivalentTo(new[] { "experience", "education" }));
        });
    }

    [Test]
    public void Mashriq_is_free_and_requires_experience_and_skills()
    {
        var template = Single("mashriq");

        Assert.Multiple(() =>
        {
            Assert.That(template.IsPremium, Is.False);
            Assert.That(template.RequiredSections, Is.EquivalentTo(new[] { "experience", "skills" }));
        });
    }

    [Test]
    public void Every_template_has_a_name_and_a_positive_version()
    {
        foreach (var template in ResumeTemplates.All)
        {
            Assert.That(template.Name, Is.Not.Empty, template.Key);
            Assert.That(template.Version, Is.Positive, template.Key);
        }
    }

    private static TemplateDescriptor Single(string key) => ResumeTemplates.All.Single(t => t.Key == key);
}
