using ResumeExport.Domain.Resumes;

namespace ResumeExport.Domain.UnitTests.Resumes;

public sealed class SectionItemTests
{
    [Test]
    public void An_item_without_any_field_has_no_content() =>
        Assert.That(new SectionItem().HasContent, Is.False);

    [Test]
    public void An_item_with_only_blank_text_and_blank_bullets_has_no_content() =>
        Assert.That(new SectionItem { Text = "  ", Company = "", Bullets = [" ", ""] }.HasContent, Is.False);

    [Test]
    public void An_item_with_only_dates_has_no_content() =>
        Assert.That(new SectionItem { StartDate = new DateOnly(2020, 1, 1), EndDate = PartialDate.Parse("2021") }.HasContent, Is.False);

    [TestCaseSource(nameof(ItemsWithContent))]
    public void An_item_with_a_non_blank_text_field_or_bullet_has_content(SectionItem item) =>
        Assert.That(item.HasContent, Is.True);

    private static IEnumerable<TestCaseData> ItemsWithContent()
    {
        yield return new TestCaseData(new SectionItem { Text = "Hi" }).SetArgDisplayNames("text");
        yield return new TestCaseData(new SectionItem { Company = "Acme" }).SetArgDisplayNames("company");
        yield return new TestCaseData(new SectionItem { Role = "Engineer" }).SetArgDisplayNames("role");
        yield return new TestCaseData(new SectionItem { Institution = "Porto" }).SetArgDisplayNames("institution");
        yield return new TestCaseData(new SectionItem { Degree = "BSc" }).SetArgDisplayNames("degree");
        yield return new TestCaseData(new SectionItem { Name = "C#" }).SetArgDisplayNames("name");
        yield return new TestCaseData(new SectionItem { Label = "GitHub" }).SetArgDisplayNames("label");
        yield return new TestCaseData(new SectionItem { Description = "A project" }).SetArgDisplayNames("description");
        yield return new TestCaseData(new SectionItem { Bullets = ["", "Shipped it."] }).SetArgDisplayNames("bullet");
        yield return new TestCaseData(new SectionItem { Summary = "Led the team." }).SetArgDisplayNames("summary");
        yield return new TestCaseData(new SectionItem { Organization = "Red Cross" }).SetArgDisplayNames("organization");
        yield return new TestCaseData(new SectionItem { Publisher = "ACM" }).SetArgDisplayNames("publisher");
    }
}
