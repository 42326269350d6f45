using ResumeExport.Domain.Resumes;

namespace ResumeExport.Domain.UnitTests.Resumes;

public sealed class ResumeSectionTests
{
    [Test]
    public void A_section_without_items_has_no_content() =>
        Assert.That(new ResumeSection(SectionKind.Skills, "Skills", []).HasContent, Is.False);

    [Test]
    public void A_section_made_only_of_blank_items_has_no_content() =>
        Assert.That(new ResumeSection(SectionKind.Skills, "Skills", [new SectionItem(), new SectionItem { Name = " " }]).HasContent, Is.False);

    [Test]
    public void A_section_with_one_item_with_content_has_content() =>
        Assert.That(new ResumeSection(SectionKind.Skills, "Skills", [new SectionItem(), new SectionItem { Name = "C#" }]).HasContent, Is.True);
}
