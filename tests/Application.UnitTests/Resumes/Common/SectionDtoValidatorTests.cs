using FluentValidation.Results;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.UnitTests.Resumes.Common;

public sealed class SectionDtoValidatorTests
{
    private static readonly SectionKind[] Kinds = Enum.GetValues<SectionKind>();

    [TestCaseSource(nameof(Kinds))]
    public void A_section_of_each_kind_with_a_valid_item_passes(SectionKind kind) =>
        Assert.That(Validate(ValidItems.Section(kind)).Errors, Is.Empty);

    [Test]
    public void Each_item_is_validated_against_the_sections_kind_and_reported_by_index()
    {
        var section = new SectionDto("experience", "Experience", [ValidItems.Experience, ValidItems.Experience with { Role = null }, ValidItems.Skills]);

        var result = Validate(section);

        Assert.That(
            PropertyNames(result),
            Is.EquivalentTo(new[] { "Items[1].Role", "Items[2].Company", "Items[2].Role", "Items[2].StartDate", "Items[2].Name", "Items[2].Level", "Items[2].Keywords" }));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void A_title_is_required(string title) =>
        Assert.That(PropertyNames(Validate(ValidItems.Section(SectionKind.Skills) with { Title = title })), Is.EqualTo(new[] { "Title" }));

    [Test]
    public void A_title_of_80_characters_is_accepted_and_one_of_81_is_refused() =>
        Assert.Multiple(() =>
        {
            Assert.That(Validate(ValidItems.Section(SectionKind.Skills) with { Title = new string('t', 80) }).Errors, Is.Empty);
            Assert.That(PropertyNames(Validate(ValidItems.Section(SectionKind.Skills) with { Title = new string('t', 81) })), Is.EqualTo(new[] { "Title" }));
        });

    [Test]
    public void Fifty_items_are_accepted_and_fifty_one_are_refused_on_items()
    {
        var fifty = Enumerable.Repeat(ValidItems.Skills, SectionDtoValidator.MaxItems).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(Validate(new SectionDto("skills", "Skills", fifty)).Errors, Is.Empty);
            var tooMany = Validate(new SectionDto("skills", "Skills", [.. fifty, ValidItems.Skills]));
            Assert.That(PropertyNames(tooMany), Is.EqualTo(new[] { "Items" }));
            Assert.That(tooMany.Errors.Single().ErrorMessage, Is.EqualTo("At most 50 items per section."));
        });
    }

    [Test]
    public void Missing_items_are_reported_on_items() =>
        Assert.That(PropertyNames(Validate(new SectionDto("skills", "Skills", null!))), Is.EqualTo(new[] { "Items" }));

    [Test]
    public void A_null_item_is_reported_by_its_index() =>
        Assert.That(PropertyNames(Validate(new SectionDto("skills", "Skills", [ValidItems.Skills, null!]))), Is.EqualTo(new[] { "Items[1]" }));

    [TestCase("Summary")]
    [TestCase("EXPERIENCE")]
    [TestCase("hobbies")]
    [TestCase("1")]
    [TestCase("")]
    public void An_unknown_kind_is_reported_with_the_list_of_kinds(string kind)
    {
        var result = Validate(new SectionDto(kind, "Something", [ValidItems.Skills]));

        Assert.Multiple(() =>
        {
            Assert.That(PropertyNames(result), Is.EqualTo(new[] { "Kind" }), "items of an unknown kind are not validated");
            Assert.That(
                result.Errors.Single().ErrorMessage,
                Is.EqualTo("'kind' must be one of: summary, experience, education, skills, projects, certifications, languages, links, custom, "
            + "volunteer, awards, publications, interests, references."));
        });
    }

    private static ValidationResult Validate(SectionDto section) => new SectionDtoValidator().Validate(section);

    private static string[] PropertyNames(ValidationResult result) => result.Errors.Select(e => e.PropertyName).Distinct().ToArray();
}
