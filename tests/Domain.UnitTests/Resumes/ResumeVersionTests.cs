using ResumeExport.Domain.Common;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Domain.UnitTests.Resumes;

public sealed class ResumeVersionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<ResumeSection> Sections =
        [new(SectionKind.Experience, "Experience", [new SectionItem { Company = "Acme", Role = "Engineer" }])];

    [Test]
    public void A_new_resume_is_version_1_and_its_capture_keeps_that_content_and_hash()
    {
        var resume = Resume.Create(Guid.NewGuid(), "CV", "classic", Sections, isDefault: true, Now, language: "en");

        var version = ResumeVersion.Capture(resume, Now);

        Assert.Multiple(() =>
        {
            Assert.That(resume.LatestVersion, Is.EqualTo(1));
            Assert.That((version.ResumeId, version.UserId, version.Version, version.CreatedAt), Is.EqualTo((resume.Id, resume.UserId, 1, Now)));
            Assert.That(version.Content.SameAs(resume.Content), Is.True);
            Assert.That(version.StoredContentSha256, Is.EqualTo(resume.Content.Sha256()));
            Assert.That(version.ContentSha256, Is.EqualTo(version.StoredContentSha256));
        });
    }

    [Test]
    public void Each_change_of_content_numbers_the_next_version_and_saving_the_same_content_numbers_none()
    {
        var resume = Resume.Create(Guid.NewGuid(), "CV", "classic", Sections, isDefault: false, Now);

        var changed = resume.Update("CV 2", "classic", Sections, Now.AddMinutes(1));
        var unchanged = resume.Update("CV 2", "classic", [.. Sections.Select(s => s with { })], Now.AddMinutes(2));
        resume.MarkDefault(Now.AddMinutes(3));
        var changedAgain = resume.Update("CV 2", "modern", Sections, Now.AddMinutes(4));

        Assert.Multiple(() =>
        {
            Assert.That((changed, unchanged, changedAgain), Is.EqualTo((true, false, true)));
            Assert.That(resume.LatestVersion, Is.EqualTo(3), "1 created, 2 retitled, 3 restyled; the default flag is not content");
            Assert.That(resume.Version, Is.EqualTo(5), "the concurrency token still counts every write");
        });
    }

    [Test]
    public void Restoring_applies_the_old_content_as_a_new_version()
    {
        var resume = Resume.Create(Guid.NewGuid(), "Good", "classic", Sections, isDefault: false, Now, language: "en");
        var good = ResumeVersion.Capture(resume, Now);
        resume.Update("Bad", "modern", [], Now.AddMinutes(1));

        resume.RestoreFrom(good, Now.AddMinutes(2));
        var restored = ResumeVersion.Capture(resume, Now.AddMinutes(2));

        Assert.Multiple(() =>
        {
            Assert.That(resume.LatestVersion, Is.EqualTo(3));
            Assert.That((resume.Title, resume.TemplateKey, resume.Language), Is.EqualTo(("Good", "classic", "en")));
            Assert.That(restored.Version, Is.EqualTo(3));
            Assert.That(restored.ContentSha256, Is.EqualTo(good.ContentSha256));
        });
    }

    [Test]
    public void A_resume_as_of_a_version_says_what_that_version_says_and_the_resume_itself_is_unchanged()
    {
        var resume = Resume.Create(Guid.NewGuid(), "Then", "classic", Sections, isDefault: true, Now);
        var then = ResumeVersion.Capture(resume, Now);
        resume.Update("Now", "modern", [], Now.AddMinutes(1));

        var snapshot = resume.AsOf(then);

        Assert.Multiple(() =>
        {
            Assert.That((snapshot.Id, snapshot.UserId, snapshot.LatestVersion), Is.EqualTo((resume.Id, resume.UserId, 1)));
            Assert.That(snapshot.Content.SameAs(then.Content), Is.True);
            Assert.That(resume.Title, Is.EqualTo("Now"));
        });
    }

    [Test]
    public void Another_resumes_version_can_be_neither_restored_nor_rendered()
    {
        var resume = Resume.Create(Guid.NewGuid(), "Mine", "classic", Sections, isDefault: false, Now);
        var foreign = ResumeVersion.Capture(Resume.Create(Guid.NewGuid(), "Theirs", "classic", Sections, isDefault: false, Now), Now);

        Assert.Multiple(() =>
        {
            Assert.That(() => resume.RestoreFrom(foreign, Now), Throws.TypeOf<DomainException>());
            Assert.That(() => resume.AsOf(foreign), Throws.TypeOf<DomainException>());
        });
    }
}
