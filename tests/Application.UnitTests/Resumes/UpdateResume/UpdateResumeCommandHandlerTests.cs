using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.Resumes.UpdateResume;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Resumes.UpdateResume;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class UpdateResumeCommandHandlerTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private readonly HandlerFixture fakes = new();
    private User ana = null!;

    [SetUp]
    public void SetUp()
    {
        ana = fakes.SignIn();
    }

    [Test]
    public async Task Updates_the_content_and_bumps_the_version()
    {
        var resume = Seed(TestResumes.For(ana.Id));

        var response = await Handle(new UpdateResumeCommand(resume.Id, " Renamed ", "modern", ValidItems.ForAnyTemplate(), ExpectedVersion: 1));

        Assert.Multiple(() =>
        {
            Assert.That(response.Title, Is.EqualTo("Renamed"));
            Assert.That(response.TemplateKey, Is.EqualTo("modern"));
            Assert.That(response.Version, Is.EqualTo(2));
            Assert.That(response.UpdatedAt, Is.EqualTo(Now));
            Assert.That(resume.Sections.Select(s => s.Kind), Is.EqualTo(new[] { SectionKind.Summary, SectionKind.Experience, SectionKind.Education, SectionKind.Skills }));
            Assert.That(fakes.UnitOfWork.SaveCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_change_of_content_stores_the_next_version_with_the_new_content()
    {
        var resume = Seed(TestResumes.For(ana.Id));

        var response = await Handle(new UpdateResumeCommand(resume.Id, "Renamed", "modern", ValidItems.ForAnyTemplate(), ExpectedVersion: 1));

        var version = fakes.Versions.Of(resume.Id).Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.LatestVersion, Is.EqualTo(2));
            Assert.That((version.Version, version.Title, version.CreatedAt), Is.EqualTo((2, "Renamed", Now)));
            Assert.That(version.ContentSha256, Is.EqualTo(resume.Content.Sha256()));
        });
    }

    [Test]
    public async Task Saving_the_same_content_again_stores_no_version()
    {
        var resume = Seed(TestResumes.For(ana.Id));
        await Handle(new UpdateResumeCommand(resume.Id, "Same", "classic", ValidItems.ForClassic(), ExpectedVersion: null));

        var response = await Handle(new UpdateResumeCommand(resume.Id, "Same", "classic", ValidItems.ForClassic(), ExpectedVersion: null));

        Assert.Multiple(() =>
        {
            Assert.That(fakes.Versions.Of(resume.Id).Select(v => v.Version), Is.EqualTo(new[] { 2 }));
            Assert.That(response.LatestVersion, Is.EqualTo(2));
            Assert.That(response.Version, Is.EqualTo(3), "still a write: the concurrency token moves on");
        });
    }

    [Test]
    public async Task Without_an_expected_version_the_update_is_applied()
    {
        var resume = Seed(TestResumes.For(ana.Id));
        resume.Update("Saved elsewhere", "classic", TestResumes.Sections, Now);

        var response = await Handle(new UpdateResumeCommand(resume.Id, "Mine", "classic", ValidItems.ForClassic(), ExpectedVersion: null));

        Assert.That(response.Version, Is.EqualTo(3));
    }

    [Test]
    public void A_stale_expected_version_is_refused_and_nothing_changes()
    {
        var resume = Seed(TestResumes.For(ana.Id, title: "Saved elsewhere"));
        resume.Update("Saved elsewhere", "classic", TestResumes.Sections, Now);

        var error = Assert.ThrowsAsync<StaleResumeException>(() => Handle(new UpdateResumeCommand(resume.Id, "Mine", "classic", ValidItems.ForClassic(), ExpectedVersion: 1)));

        Assert.Multiple(() =>
        {
            Assert.That(error.ExpectedVersion, Is.EqualTo(1));
            Assert.That(error.CurrentVersion, Is.EqualTo(2));
            Assert.That(resume.Title, Is.EqualTo("Saved elsewhere"));
            Assert.That(resume.Version, Is.EqualTo(2));
            Assert.That(fakes.UnitOfWork.SaveCount, Is.Zero);
        });
    }

    [Test]
    public void A_stale_if_match_version_fails_the_precondition_with_the_current_version_and_nothing_changes()
    {
        var resume = Seed(TestResumes.For(ana.Id, title: "Saved elsewhere"));
        resume.Update("Saved elsewhere", "classic", TestResumes.Sections, Now);

        var error = Assert.ThrowsAsync<PreconditionFailedException>(() => Handle(
            new UpdateResumeCommand(resume.Id, "Mine", "classic", ValidItems.ForClassic(), ExpectedVersion: null) { IfMatchVersion = 1 }));

        Assert.Multiple(() =>
        {
            Assert.That(error.CurrentVersion, Is.EqualTo(2));
            Assert.That(resume.Title, Is.EqualTo("Saved elsewhere"));
            Assert.That(fakes.UnitOfWork.SaveCount, Is.Zero);
        });
    }

    [Test]
    public async Task A_current_if_match_version_lets_the_update_through()
    {
        var resume = Seed(TestResumes.For(ana.Id, title: "Mine"));

        var response = await Handle(new UpdateResumeCommand(resume.Id, "Renamed", "classic", ValidItems.ForClassic(), ExpectedVersion: null) { IfMatchVersion = 1 });

        Assert.That(response.Version, Is.EqualTo(2));
    }

    [Test]
    public void Another_users_resume_is_not_found()
    {
        var theirs = Seed(TestResumes.For(Guid.NewGuid(), title: "Theirs"));

        var error = Assert.ThrowsAsync<NotFoundException>(() => Handle(new UpdateResumeCommand(theirs.Id, "Mine now", "classic", ValidItems.ForClassic(), null)));

        Assert.Multiple(() =>
        {
            Assert.That(error.Resource, Is.EqualTo("Resume"));
            Assert.That(theirs.Title, Is.EqualTo("Theirs"));
            Assert.That(fakes.UnitOfWork.SaveCount, Is.Zero);
        });
    }

    [Test]
    public void Switching_to_a_premium_template_on_the_free_plan_is_refused()
    {
        var resume = Seed(TestResumes.For(ana.Id, templateKey: "classic"));

        var error = Assert.ThrowsAsync<PlanLimitExceededException>(() => Handle(new UpdateResumeCommand(resume.Id, "CV", "compact", ValidItems.ForAnyTemplate(), null)));

        Assert.Multiple(() =>
        {
            Assert.That(error.Check, Is.EqualTo(new PlanLimitCheck(false, PlanLimitNames.PremiumTemplates, 0, 1)));
            Assert.That(resume.TemplateKey, Is.EqualTo("classic"));
            Assert.That(resume.Version, Is.EqualTo(1));
            Assert.That(fakes.UnitOfWork.SaveCount, Is.Zero);
        });
    }

    [Test]
    public async Task Switching_to_a_premium_template_on_the_pro_plan_is_allowed()
    {
        ana.MoveToPlan(PlanCodes.Pro);
        var resume = Seed(TestResumes.For(ana.Id, templateKey: "classic"));

        var response = await Handle(new UpdateResumeCommand(resume.Id, "CV", "compact", ValidItems.ForAnyTemplate(), null));

        Assert.That(response.TemplateKey, Is.EqualTo("compact"));
    }

    [Test]
    public async Task A_user_downgraded_to_free_keeps_editing_a_resume_already_on_a_premium_template()
    {
        var resume = Seed(TestResumes.For(ana.Id, templateKey: "compact"));

        var response = await Handle(new UpdateResumeCommand(resume.Id, "Still compact", "compact", ValidItems.ForAnyTemplate(), ExpectedVersion: 1));

        Assert.Multiple(() =>
        {
            Assert.That(response.TemplateKey, Is.EqualTo("compact"));
            Assert.That(response.Title, Is.EqualTo("Still compact"));
            Assert.That(fakes.UnitOfWork.SaveCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void More_sections_than_the_plan_allows_are_refused_on_update_too()
    {
        var resume = Seed(TestResumes.For(ana.Id));
        var eleven = ValidItems.ForClassic().Concat(Enumerable.Repeat(ValidItems.Section(SectionKind.Skills), 9)).ToArray();

        var error = Assert.ThrowsAsync<PlanLimitExceededException>(() => Handle(new UpdateResumeCommand(resume.Id, "CV", "classic", eleven, null)));

        Assert.That(error.Check, Is.EqualTo(new PlanLimitCheck(false, PlanLimitNames.MaxSectionsPerResume, 10, 11)));
    }

    private Resume Seed(Resume resume)
    {
        fakes.Resumes.Seed(resume);
        return resume;
    }

    private async Task<ResumeResponse> Handle(UpdateResumeCommand command) =>
        await new UpdateResumeCommandHandler(
            fakes.CurrentUser, fakes.Users, fakes.Resumes, fakes.Versions, new ResumePlanGuard(new ResumeTemplateLookup(new InMemoryTemplateCatalog())), new InMemoryPlanCatalog(), fakes.UnitOfWork, TestClock.At(Now))
            .Handle(command, CancellationToken.None);
}
