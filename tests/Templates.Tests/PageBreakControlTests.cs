using ResumeExport.Templates.Outline;

namespace ResumeExport.Templates.Tests;

/// <summary>The per-section page-break controls and the paper sizes, in every template's HTML and in the outline.</summary>
public sealed class PageBreakControlTests
{
    private static IEnumerable<string> TemplateKeys => ResumeTemplates.Keys;

    [TestCaseSource(nameof(TemplateKeys))]
    public void Keep_together_avoids_breaks_inside_the_section_and_start_on_new_page_breaks_before_it(string key)
    {
        var html = ResumeTemplates.Render(key, WithControls(keepTogether: true, startOnNewPage: true), TemplatePageSize.A4);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain(
                "<section class=\"section kind-experience keep-together\" style=\"break-inside: avoid; page-break-inside: avoid;\">"));
            Assert.That(html, Does.Contain(
                "<section class=\"section kind-projects start-on-new-page\" style=\"break-before: page; page-break-before: always;\">"));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Sections_without_controls_print_as_before(string key)
    {
        var html = ResumeTemplates.Render(key, WithControls(keepTogether: false, startOnNewPage: false), TemplatePageSize.A4);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<section class=\"section kind-experience\">"));
            Assert.That(html, Does.Not.Contain("keep-together").And.Not.Contain("start-on-new-page").And.Not.Contain("break-before: page"));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Legal_paper_is_eight_and_a_half_by_fourteen_inches(string key)
    {
        var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.Legal);
        var box = ResumeTemplates.PageBox(key, TemplatePageSize.Legal);
        var letter = ResumeTemplates.PageBox(key, TemplatePageSize.Letter);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("@page { size: legal;"));
            Assert.That((box.PaperWidthMm, box.PaperHeightMm), Is.EqualTo((215.9, 355.6)));
            Assert.That(box.ContentWidthMm, Is.EqualTo(letter.ContentWidthMm), "Legal is Letter made longer");
            Assert.That(box.ContentHeightMm - letter.ContentHeightMm, Is.EqualTo(76.2).Within(0.001));
        });
    }

    [Test]
    public void The_outline_carries_the_controls_to_the_other_formats()
    {
        var outline = ResumeOutline.Build(WithControls(keepTogether: true, startOnNewPage: true));

        var experience = outline.Sections.Single(s => s.Kind == ResumeSectionKinds.Experience);
        var projects = outline.Sections.Single(s => s.Kind == ResumeSectionKinds.Projects);
        Assert.Multiple(() =>
        {
            Assert.That((experience.KeepTogether, experience.StartOnNewPage), Is.EqualTo((true, false)));
            Assert.That((projects.KeepTogether, projects.StartOnNewPage), Is.EqualTo((false, true)));
        });
    }

    private static ResumeDocument WithControls(bool keepTogether, bool startOnNewPage) => new(
        "Engineer",
        "Jane Doe",
        "jane@example.com",
        [
            new(ResumeSectionKinds.Experience, "Experience", [new() { Role = "Engineer", Company = "Acme", Bullets = ["Shipped it"] }]) { KeepTogether = keepTogether },
            new(ResumeSectionKinds.Projects, "Projects", [new() { Name = "pg-outbox", Description = "An outbox" }]) { StartOnNewPage = startOnNewPage },
        ]);
}
