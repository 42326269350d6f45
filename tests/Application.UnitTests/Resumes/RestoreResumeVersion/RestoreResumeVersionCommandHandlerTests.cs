using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.Resumes.RestoreResumeVersion;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Resumes.RestoreResumeVersion;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class RestoreResumeVersionCommandHandlerTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private readonly HandlerFixture fakes = new();
    private User ana = null!;
    private Resume resume = null!;

    [SetUp]
    public void SetUp()
    {
        ana = fakes.SignIn(PlanCodes.Pro);
        resume = fakes.ResumeOf(ana);
        resume.Update("Edited", "modern", TestResumes.Sections, Now.AddHours(-1));
        fakes.Versions.Seed(ResumeVersion.Capture(resume, Now.AddHours(-1)));
    }

    [Test]
    public async Task Restoring_an_old_version_makes_it_the_content_again_as_a_new_version()
    {
        var response = await Handle(new RestoreResumeVersionCommand(resume.Id, 1));

        var versions = fakes.Versions.Of(resume.Id);
        Assert.Multiple(() =>
        {
            Assert.That((response.Title, response.TemplateKey, response.LatestVersion), Is.EqualTo(("My resume", "classic", 3)));
            Assert.That(versions.Select(v => v.Version), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(versions[2].ContentSha256, Is.EqualTo(versions[0].ContentSha256));
            Assert.That(versions[2].CreatedAt, Is.EqualTo(Now));
            Assert.That(fakes.UnitOfWork.SaveCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_restore_is_undone_by_restoring_the_version_before_it()
    {
        await Handle(new RestoreResumeVersionCommand(resume.Id, 1));

        var response = await Handle(new RestoreResumeVersionCommand(resume.Id, 2));

        Assert.Multiple(() =>
        {
            Assert.That((response.Title, response.LatestVersion), Is.EqualTo(("Edited", 4)));
            Assert.That(fakes.Versions.Of(resume.Id)[3].ContentSha256, Is.EqualTo(fakes.Versions.Of(resume.Id)[1].ContentSha256));
        });
    }

    [Test]
    public void Another_users_resume_is_not_found_and_nothing_changes()
    {
        fakes.CurrentUser.UserId = Guid.NewGuid();

        var error = Assert.ThrowsAsync<NotFoundException>(() => Handle(new RestoreResumeVersionCommand(resume.Id, 1)));

        Assert.Multiple(() =>
        {
            Assert.That(error.Resource, Is.EqualTo("Resume"));
            Assert.That(resume.LatestVersion, Is.EqualTo(2));
            Assert.That(fakes.UnitOfWork.SaveCount, Is.Zero);
        });
    }

    [Test]
    public void An_unknown_version_is_not_found()
    {
        var error = Assert.ThrowsAsync<NotFoundException>(() => Handle(new RestoreResumeVersionCommand(resume.Id, 9)));

        Assert.That(error.Resource, Is.EqualTo("Resume version"));
    }

    [Test]
    public void A_downgraded_user_may_not_restore_a_switch_to_a_premium_template()
    {
        var premium = Resume.Create(ana.Id, "Premium", "compact", TestResumes.Sections, isDefault: false, Now.AddDays(-2));
        fakes.Resumes.Seed(premium);
        fakes.Versions.Seed(ResumeVersion.Capture(premium, Now.AddDays(-2)));
        premium.Update("Plain", "classic", TestResumes.Sections, Now.AddDays(-1));
        ana.MoveToPlan(PlanCodes.Free);

        var error = Assert.ThrowsAsync<PlanLimitExceededException>(() => Handle(new RestoreResumeVersionCommand(premium.Id, 1)));

        Assert.That(error.Check.LimitName, Is.EqualTo(PlanLimitNames.PremiumTemplates));
    }

    private async Task<ResumeResponse> Handle(RestoreResumeVersionCommand command) =>
        await new RestoreResumeVersionCommandHandler(
                fakes.CurrentUser, fakes.Users, fakes.Resumes, fakes.Versions, new ResumePlanGuard(new ResumeTemplateLookup(new InMemoryTemplateCatalog())),
                new InMemoryPlanCatalog(), fakes.UnitOfWork, TestClock.At(Now))
            .Handle(command, CancellationToken.None);
}
