using FluentValidation.Results;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.UnitTests.Resumes.Common;

public sealed class SectionItemDtoValidatorTests
{
    private static readonly SectionKind[] Kinds = Enum.GetValues<SectionKind>();

    /// <summary>Every field of every kind set to a value that is valid wherever the field is allowed.</summary>
    private static readonly SectionItemDto EveryField = new()
    {
        Text = "text",
        Company = "Acme",
        Role = "Engineer",
        Location = "Lisbon",
        StartDate = "2020-01-01",
        EndDate = "2021-01-01",
        Institution = "Porto",
        Degree = "BSc",
        Field = "CS",
        Name = "name",
        Level = "Expert",
        Description = "description",
        Url = "https://example.com",
        Issuer = "Microsoft",
        Date = "2022-01-01",
        Proficiency = "Native",
        Label = "GitHub",
        Summary = "summary",
        Organization = "Red Cross",
        Publisher = "ACM",
        Score = "4.0",
        Entity = "Acme",
        Type = "talk",
        Courses = ["course"],
        Roles = ["lead"],
        Bullets = ["bullet"],
        Keywords = ["keyword"],
    };

    [TestCaseSource(nameof(Kinds))]
    public void A_valid_item_of_each_kind_passes(SectionKind kind)
    {
        var result = Validate(kind, ValidItems.For(kind));

        Assert.That(result.Errors, Is.Empty, Describe(result));
    }

    [TestCase(SectionKind.Summary, new[] { "Text" })]
    [TestCase(SectionKind.Experience, new[] { "Company", "Role", "StartDate" })]
    [TestCase(SectionKind.Education, new[] { "Institution", "Degree", "StartDate" })]
    [TestCase(SectionKind.Skills, new[] { "Name" })]
    [TestCase(SectionKind.Projects, new[] { "Name" })]
    [TestCase(SectionKind.Certifications, new[] { "Name" })]
    [TestCase(SectionKind.Languages, new[] { "Name" })]
    [TestCase(SectionKind.Links, new[] { "Label", "Url" })]
    [TestCase(SectionKind.Custom, new[] { "text" })]
    [TestCase(SectionKind.Volunteer, new[] { "organization" })]
    [TestCase(SectionKind.Awards, new[] { "Name" })]
    [TestCase(SectionKind.Publications, new[] { "Name" })]
    [TestCase(SectionKind.Interests, new[] { "name" })]
    [TestCase(SectionKind.References, new[] { "name" })]
    public void An_empty_item_reports_each_required_field_of_its_kind(SectionKind kind, string[] required) =>
        Assert.That(PropertyNames(Validate(kind, new SectionItemDto())), Is.EquivalentTo(required));

    [TestCase(SectionKind.Summary, new[] { "Text" })]
    [TestCase(SectionKind.Experience, new[] { "Company", "Role", "StartDate" })]
    [TestCase(SectionKind.Education, new[] { "Institution", "Degree", "StartDate" })]
    [TestCase(SectionKind.Skills, new[] { "Name" })]
    [TestCase(SectionKind.Links, new[] { "Label", "Url" })]
    public void Blank_required_fields_are_reported_like_missing_ones(SectionKind kind, string[] required)
    {
        var blank = new SectionItemDto { Text = " ", Company = " ", Role = " ", StartDate = " ", Institution = " ", Degree = " ", Name = " ", Label = " ", Url = " " };
        var allowed = SectionItemFields.AllowedFor(kind);

        var result = Validate(kind, Keep(blank, allowed));

        Assert.That(PropertyNames(result), Is.SupersetOf(required));
    }

    [TestCaseSource(nameof(Kinds))]
    public void Every_field_outside_the_kinds_shape_is_reported_by_its_wire_name(SectionKind kind)
    {
        var allowed = SectionItemFields.AllowedFor(kind);
        var foreign = SectionItemFields.PresentIn(EveryField).Where(f => !allowed.Contains(f)).ToArray();

        var result = Validate(kind, EveryField);

        var kindName = SectionKinds.NameOf(kind);
        Assert.Multiple(() =>
        {
            Assert.That(foreign, Is.Not.Empty, "every kind lacks some field");
            Assert.That(
                result.Errors.Where(e => e.ErrorMessage.Contains("is not a field of", StringComparison.Ordinal)).Select(e => e.ErrorMessage),
                Is.EquivalentTo(foreign.Select(f => $"'{f}' is not a field of a {kindName} item.")));
            Assert.That(result.Errors.Where(e => !e.ErrorMessage.Contains("is not a field of", StringComparison.Ordinal)), Is.Empty, Describe(result));
        });
    }

    [Test]
    public void A_company_on_a_skills_item_is_reported_on_company()
    {
        var result = Validate(SectionKind.Skills, ValidItems.Skills with { Company = "Acme" });

        Assert.That(result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)), Is.EqualTo(new[] { ("Company", "'company' is not a field of a skills item.") }));
    }

    [Test]
    public void Empty_bullets_on_a_summary_item_are_still_a_foreign_field() =>
        Assert.That(PropertyNames(Validate(SectionKind.Summary, ValidItems.Summary with { Bullets = [] })), Is.EqualTo(new[] { "Bullets" }));

    // ---- dates

    [TestCase("2024/01/15")]
    [TestCase("15-01-2024")]
    [TestCase("2024-1-5")]
    [TestCase("2024-01-15T00:00:00")]
    [TestCase(" 2024-01-15")]
    [TestCase("January 2024")]
    [TestCase("2024-02-30")]
    [TestCase("2023-02-29")]
    [TestCase("2024-13-01")]
    public void A_start_date_that_is_not_a_real_yyyy_mm_dd_date_is_refused(string startDate)
    {
        var result = Validate(SectionKind.Experience, ValidItems.Experience with { StartDate = startDate });

        Assert.That(PropertyNames(result), Is.EqualTo(new[] { "StartDate" }));
    }

    [TestCase("2024")]
    [TestCase("2024-01")]
    [TestCase("2024-01-15")]
    public void A_date_may_be_a_year_a_month_or_a_day(string startDate) =>
        Assert.That(Validate(SectionKind.Experience, ValidItems.Experience with { StartDate = startDate, EndDate = null }).Errors, Is.Empty);

    [Test]
    public void A_refused_date_names_the_three_forms() =>
        Assert.That(
            Validate(SectionKind.Experience, ValidItems.Experience with { StartDate = "June 2024" }).Errors.Single().ErrorMessage,
            Is.EqualTo("'Start Date' must be a date written as yyyy, yyyy-MM or yyyy-MM-dd."));

    [Test]
    public void An_end_year_is_not_before_a_start_month_in_that_year() =>
        Assert.That(Validate(SectionKind.Experience, ValidItems.Experience with { StartDate = "2014-06", EndDate = "2014" }).Errors, Is.Empty);

    [Test]
    public void An_end_month_before_the_start_month_is_refused() =>
        Assert.That(
            PropertyNames(Validate(SectionKind.Volunteer, ValidItems.Volunteer with { StartDate = "2014-06", EndDate = "2014-05" })),
            Is.EqualTo(new[] { "EndDate" }));

    [TestCase(SectionKind.Projects)]
    [TestCase(SectionKind.Volunteer)]
    public void Dates_are_optional_on_projects_and_volunteering(SectionKind kind) =>
        Assert.That(Validate(kind, ValidItems.For(kind) with { StartDate = null, EndDate = null }).Errors, Is.Empty);

    [Test]
    public void Thirty_courses_are_accepted_and_thirty_one_are_refused() =>
        Assert.Multiple(() =>
        {
            var courses = Enumerable.Range(1, SectionItemDtoValidator.MaxCourses + 1).Select(i => $"Course {i}").ToArray();
            Assert.That(Validate(SectionKind.Education, ValidItems.Education with { Courses = courses[..^1] }).Errors, Is.Empty);
            Assert.That(PropertyNames(Validate(SectionKind.Education, ValidItems.Education with { Courses = courses })), Is.EqualTo(new[] { "Courses" }));
        });

    [Test]
    public void A_blank_role_of_a_project_is_refused_by_its_index() =>
        Assert.That(PropertyNames(Validate(SectionKind.Projects, ValidItems.Projects with { Roles = ["Lead", " "] })), Is.EqualTo(new[] { "Roles[1]" }));

    [Test]
    public void A_summary_past_2000_characters_is_refused_on_experience() =>
        Assert.That(
            PropertyNames(Validate(SectionKind.Experience, ValidItems.Experience with { Summary = new string('s', SectionItemDtoValidator.LongText + 1) })),
            Is.EqualTo(new[] { "Summary" }));

    [Test]
    public void An_interest_with_only_keywords_is_accepted_and_a_reference_with_only_a_text_too() =>
        Assert.Multiple(() =>
        {
            Assert.That(Validate(SectionKind.Interests, new SectionItemDto { Keywords = ["Chess"] }).Errors, Is.Empty);
            Assert.That(Validate(SectionKind.References, new SectionItemDto { Text = "Great to work with." }).Errors, Is.Empty);
        });

    [Test]
    public void A_leap_day_in_a_leap_year_is_a_date() =>
        Assert.That(Validate(SectionKind.Education, ValidItems.Education with { StartDate = "2024-02-29", EndDate = "2024-03-01" }).Errors, Is.Empty);

    [Test]
    public void An_impossible_end_date_is_reported_on_end_date_only() =>
        Assert.That(PropertyNames(Validate(SectionKind.Education, ValidItems.Education with { EndDate = "2024-02-30" })), Is.EqualTo(new[] { "EndDate" }));

    [TestCase(SectionKind.Experience)]
    [TestCase(SectionKind.Education)]
    public void An_end_date_before_the_start_date_is_reported_on_end_date(SectionKind kind)
    {
        var result = Validate(kind, ValidItems.For(kind) with { StartDate = "2023-06-30", EndDate = "2023-06-29" });

        Assert.Multiple(() =>
        {
            Assert.That(PropertyNames(result), Is.EqualTo(new[] { "EndDate" }));
            Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo("'endDate' must not be before 'startDate'."));
        });
    }

    [TestCase(SectionKind.Experience)]
    [TestCase(SectionKind.Education)]
    public void An_end_date_equal_to_the_start_date_is_accepted(SectionKind kind) =>
        Assert.That(Validate(kind, ValidItems.For(kind) with { StartDate = "2023-06-30", EndDate = "2023-06-30" }).Errors, Is.Empty);

    [Test]
    public void An_end_date_is_optional() =>
        Assert.That(Validate(SectionKind.Experience, ValidItems.Experience with { EndDate = null }).Errors, Is.Empty);

    [Test]
    public void A_certification_date_must_be_a_real_date_too() =>
        Assert.That(PropertyNames(Validate(SectionKind.Certifications, ValidItems.Certifications with { Date = "2022-02-30" })), Is.EqualTo(new[] { "Date" }));

    // ---- URLs

    [TestCase("javascript:alert(1)")]
    [TestCase("ftp://example.com/resume.pdf")]
    [TestCase("/relative/path")]
    [TestCase("relative/path")]
    [TestCase("example.com/page")]
    [TestCase("//example.com/page")]
    [TestCase("mailto:ana@example.com")]
    [TestCase("file:///etc/passwd")]
    [TestCase("data:text/html,<script>alert(1)</script>")]
    [TestCase("https://")]
    public void A_url_that_is_not_an_absolute_http_url_is_refused(string url) =>
        Assert.Multiple(() =>
        {
            Assert.That(PropertyNames(Validate(SectionKind.Links, ValidItems.Links with { Url = url })), Is.EqualTo(new[] { "Url" }));
            Assert.That(PropertyNames(Validate(SectionKind.Projects, ValidItems.Projects with { Url = url })), Is.EqualTo(new[] { "Url" }));
            Assert.That(PropertyNames(Validate(SectionKind.Certifications, ValidItems.Certifications with { Url = url })), Is.EqualTo(new[] { "Url" }));
        });

    [TestCase("http://example.com")]
    [TestCase("https://example.com/ana?tab=repositories#top")]
    [TestCase("HTTPS://EXAMPLE.COM/Ana")]
    [TestCase("https://example.com:8443/a")]
    public void An_absolute_http_or_https_url_is_accepted(string url) =>
        Assert.That(Validate(SectionKind.Links, ValidItems.Links with { Url = url }).Errors, Is.Empty);

    [Test]
    public void A_url_of_2048_characters_is_accepted_and_one_of_2049_is_refused()
    {
        const string prefix = "https://example.com/";
        var longest = prefix + new string('a', 2048 - prefix.Length);

        Assert.Multiple(() =>
        {
            Assert.That(Validate(SectionKind.Links, ValidItems.Links with { Url = longest }).Errors, Is.Empty);
            Assert.That(PropertyNames(Validate(SectionKind.Links, ValidItems.Links with { Url = longest + "a" })), Is.EqualTo(new[] { "Url" }));
        });
    }

    [Test]
    public void An_optional_url_may_be_left_out_but_a_links_url_may_not()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Validate(SectionKind.Projects, ValidItems.Projects with { Url = null }).Errors, Is.Empty);
            Assert.That(Validate(SectionKind.Certifications, ValidItems.Certifications with { Url = null }).Errors, Is.Empty);
            Assert.That(PropertyNames(Validate(SectionKind.Links, ValidItems.Links with { Url = null })), Is.EqualTo(new[] { "Url" }));
        });
    }

    // ---- bullets

    [TestCase(SectionKind.Experience)]
    [TestCase(SectionKind.Projects)]
    [TestCase(SectionKind.Custom)]
    public void Twenty_bullets_are_accepted_and_twenty_one_are_refused(SectionKind kind)
    {
        var twenty = Enumerable.Range(1, SectionItemDtoValidator.MaxBullets).Select(i => $"Bullet {i}").ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(Validate(kind, ValidItems.For(kind) with { Bullets = twenty }).Errors, Is.Empty);
            Assert.That(PropertyNames(Validate(kind, ValidItems.For(kind) with { Bullets = [.. twenty, "one too many"] })), Is.EqualTo(new[] { "Bullets" }));
        });
    }

    [TestCase(SectionKind.Experience)]
    [TestCase(SectionKind.Projects)]
    [TestCase(SectionKind.Custom)]
    public void A_bullet_of_300_characters_is_accepted_and_one_of_301_is_refused_by_its_index(SectionKind kind)
    {
        var longest = new string('b', SectionItemDtoValidator.BulletMaxLength);

        Assert.Multiple(() =>
        {
            Assert.That(Validate(kind, ValidItems.For(kind) with { Bullets = ["ok", longest] }).Errors, Is.Empty);
            Assert.That(PropertyNames(Validate(kind, ValidItems.For(kind) with { Bullets = ["ok", longest + "b"] })), Is.EqualTo(new[] { "Bullets[1]" }));
        });
    }

    [Test]
    public void A_blank_bullet_is_refused_by_its_index() =>
        Assert.That(PropertyNames(Validate(SectionKind.Experience, ValidItems.Experience with { Bullets = ["ok", " "] })), Is.EqualTo(new[] { "Bullets[1]" }));

    // ---- custom

    [TestCase(null, null)]
    [TestCase("   ", null)]
    [TestCase(null, new string[0])]
    public void A_custom_item_without_text_or_a_bullet_is_refused_on_text(string? text, string[]? bullets)
    {
        var result = Validate(SectionKind.Custom, new SectionItemDto { Text = text, Bullets = bullets });

        Assert.Multiple(() =>
        {
            Assert.That(PropertyNames(result), Is.EqualTo(new[] { "text" }));
            Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo("A custom item needs a text or at least one bullet."));
        });
    }

    [Test]
    public void A_custom_item_with_only_a_text_or_only_a_bullet_is_accepted() =>
        Assert.Multiple(() =>
        {
            Assert.That(Validate(SectionKind.Custom, new SectionItemDto { Text = "Volunteering" }).Errors, Is.Empty);
            Assert.That(Validate(SectionKind.Custom, new SectionItemDto { Bullets = ["Code club mentor."] }).Errors, Is.Empty);
        });

    // ---- lengths

    [TestCase(SectionKind.Skills, 60)]
    [TestCase(SectionKind.Languages, 60)]
    [TestCase(SectionKind.Projects, SectionItemDtoValidator.ShortText)]
    [TestCase(SectionKind.Certifications, SectionItemDtoValidator.ShortText)]
    public void A_name_is_refused_one_character_past_its_maximum(SectionKind kind, int max) =>
        Assert.Multiple(() =>
        {
            Assert.That(Validate(kind, ValidItems.For(kind) with { Name = new string('n', max) }).Errors, Is.Empty);
            Assert.That(PropertyNames(Validate(kind, ValidItems.For(kind) with { Name = new string('n', max + 1) })), Is.EqualTo(new[] { "Name" }));
        });

    [Test]
    public void A_summary_text_is_refused_past_2000_characters() =>
        Assert.Multiple(() =>
        {
            Assert.That(Validate(SectionKind.Summary, new SectionItemDto { Text = new string('s', SectionItemDtoValidator.LongText) }).Errors, Is.Empty);
            Assert.That(PropertyNames(Validate(SectionKind.Summary, new SectionItemDto { Text = new string('s', SectionItemDtoValidator.LongText + 1) })), Is.EqualTo(new[] { "Text" }));
        });

    private static ValidationResult Validate(SectionKind kind, SectionItemDto item) => new SectionItemDtoValidator(kind).Validate(item);

    private static string[] PropertyNames(ValidationResult result) => result.Errors.Select(e => e.PropertyName).Distinct().ToArray();

    private static string Describe(ValidationResult result) => string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"));

    /// <summary>The item with only the fields its kind allows.</summary>
    private static SectionItemDto Keep(SectionItemDto item, IReadOnlySet<string> allowed) => new()
    {
        Text = allowed.Contains("text") ? item.Text : null,
        Company = allowed.Contains("company") ? item.Company : null,
        Role = allowed.Contains("role") ? item.Role : null,
        StartDate = allowed.Contains("startDate") ? item.StartDate : null,
        Institution = allowed.Contains("institution") ? item.Institution : null,
        Degree = allowed.Contains("degree") ? item.Degree : null,
        Name = allowed.Contains("name") ? item.Name : null,
        Label = allowed.Contains("label") ? item.Label : null,
        Url = allowed.Contains("url") ? item.Url : null,
    };
}
