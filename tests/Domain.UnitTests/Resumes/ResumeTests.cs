using ResumeExport.Domain.Common;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Domain.UnitTests.Resumes;

public sealed class ResumeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid UserId = Guid.NewGuid();

    private static readonly IReadOnlyList<ResumeSection> Sections =
    [
        new(SectionKind.Experience, "Experience", [new SectionItem { Company = "Acme", Role = "Engineer", StartDate = new DateOnly(2020, 1, 15) }]),
        new(SectionKind.Education, "Education", [new SectionItem { Institution = "University of Porto", Degree = "BSc", StartDate = new DateOnly(2015, 9, 1) }]),
    ];

    [Test]
    public void Create_trims_the_title_and_starts_at_version_one()
    {
        var resume = Resume.Create(UserId, "  Backend engineer  ", "classic", Sections, isDefault: true, Now);

        Assert.Multiple(() =>
        {
            Assert.That(resume.Title, Is.EqualTo("Backend engineer"));
            Assert.That(resume.Version, Is.EqualTo(1));
            Assert.That(resume.UserId, Is.EqualTo(UserId));
            Assert.That(resume.TemplateKey, Is.EqualTo("classic"));
            Assert.That(resume.IsDefault, Is.True);
            Assert.That(resume.Sections, Is.EqualTo(Sections));
            Assert.That(resume.CreatedAt, Is.EqualTo(Now));
            Assert.That(resume.UpdatedAt, Is.EqualTo(Now));
            Assert.That(resume.Id, Is.Not.EqualTo(Guid.Empty));
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\t\n")]
    public void Create_rejects_a_blank_title(string title)
    {
        var error = Assert.Throws<DomainException>(() => Resume.Create(UserId, title, "classic", Sections, false, Now));

        Assert.That(error.Code, Is.EqualTo("invalid_title"));
    }

    [Test]
    public void Create_rejects_a_title_longer_than_the_maximum_but_accepts_one_exactly_that_long()
    {
        var longest = new string('t', Resume.TitleMaxLength);

        Assert.Multiple(() =>
        {
            Assert.That(Resume.Create(UserId, longest, "classic", Sections, false, Now).Title, Is.EqualTo(longest));
            Assert.That(
                () => Resume.Create(UserId, longest + "t", "classic", Sections, false, Now),
                Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Code)).EqualTo("invalid_title"));
        });
    }

    [Test]
    public void A_title_is_measured_after_trimming()
    {
        var padded = "  " + new string('t', Resume.TitleMaxLength) + "  ";

        Assert.That(Resume.Create(UserId, padded, "classic", Sections, false, Now).Title, Has.Length.EqualTo(Resume.TitleMaxLength));
    }

    [Test]
    public void Update_replaces_the_content_bumps_the_version_and_the_update_time()
    {
        var resume = ResumeFor();
        var later = Now.AddHours(1);
        IReadOnlyList<ResumeSection> sections = [new(SectionKind.Summary, "Summary", [new SectionItem { Text = "Hi" }])];

        resume.Update(" New title ", "modern", sections, later);

        Assert.Multiple(() =>
        {
            Assert.That(resume.Title, Is.EqualTo("New title"));
            Assert.That(resume.TemplateKey, Is.EqualTo("modern"));
            Assert.That(resume.Sections, Is.EqualTo(sections));
            Assert.That(resume.Version, Is.EqualTo(2));
            Assert.That(resume.UpdatedAt, Is.EqualTo(later));
        });
    }

    [Test]
    public void A_failed_update_changes_nothing()
    {
        var resume = ResumeFor(title: "Kept");

        Assert.Multiple(() =>
        {
            Assert.That(() => resume.Update(" ", "modern", [], Now), Throws.TypeOf<DomainException>());
            Assert.That(resume.Title, Is.EqualTo("Kept"));
            Assert.That(resume.TemplateKey, Is.EqualTo("classic"));
            Assert.That(resume.Version, Is.EqualTo(1));
        });
    }

    [Test]
    public void Ensure_version_without_an_expected_version_passes() =>
        Assert.That(() => ResumeFor().EnsureVersion(null), Throws.Nothing);

    [Test]
    public void Ensure_version_with_the_current_version_passes()
    {
        var resume = ResumeFor();
        resume.Update("Edited", "classic", Sections, Now);

        Assert.That(() => resume.EnsureVersion(2), Throws.Nothing);
    }

    [Test]
    public void Ensure_version_with_a_stale_version_throws_with_both_versions()
    {
        var resume = ResumeFor();
        resume.Update("Edited", "classic", Sections, Now);

        var error = Assert.Throws<StaleResumeException>(() => resume.EnsureVersion(1));

        Assert.Multiple(() =>
        {
            Assert.That(error.ExpectedVersion, Is.EqualTo(1));
            Assert.That(error.CurrentVersion, Is.EqualTo(2));
        });
    }

    [Test]
    public void Mark_default_sets_the_flag_and_bumps_the_version_once_and_is_idempotent()
    {
        var resume = ResumeFor(isDefault: false);
        var first = Now.AddMinutes(1);

        resume.MarkDefault(first);
        resume.MarkDefault(first.AddMinutes(1));

        Assert.Multiple(() =>
        {
            Assert.That(resume.IsDefault, Is.True);
            Assert.That(resume.Version, Is.EqualTo(2));
            Assert.That(resume.UpdatedAt, Is.EqualTo(first));
        });
    }

    [Test]
    public void Mark_default_on_the_default_resume_changes_nothing()
    {
        var resume = ResumeFor(isDefault: true, updatedAt: Now);

        resume.MarkDefault(Now.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(resume.Version, Is.EqualTo(1));
            Assert.That(resume.UpdatedAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public void Basics_and_language_are_kept_and_a_whole_update_without_them_clears_them()
    {
        var basics = new ResumeBasics { Name = "Ana Lima", Profiles = [new ResumeProfile("GitHub", "ana", null)] };
        var resume = Resume.Create(UserId, "CV", "classic", Sections, isDefault: true, Now, basics, " pt-PT ");

        Assert.That(resume.Basics, Is.SameAs(basics));
        Assert.That(resume.Language, Is.EqualTo("pt-PT"));

        resume.Update("CV", "classic", Sections, Now.AddMinutes(1));

        Assert.That(resume.Basics, Is.Null);
        Assert.That(resume.Language, Is.Null);
        Assert.That(resume.Version, Is.EqualTo(2));
    }

    private static Resume ResumeFor(string title = "My resume", bool isDefault = false, DateTimeOffset? updatedAt = null) =>
        Resume.Create(UserId, title, "classic", Sections, isDefault, updatedAt ?? Now.AddDays(-1));
}
