using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.Resumes.CreateResume;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Resumes.CreateResume;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class CreateResumeCommandHandlerTests
{
    private readonly InMemoryUserRepository users = new();
    private readonly InMemoryResumeRepository resumes = new();
    private readonly InMemoryResumeVersionRepository versions = new();
    private readonly RecordingSystemLog systemLog = new();
    private readonly CountingUnitOfWork unitOfWork = new();
    private readonly FakeCurrentUser currentUser = new();
    private readonly FakeTimeProvider clock = TestClock.At();
    private FakePlanUsageReader usage = null!;
    private User ana = null!;

    [SetUp]
    public void SetUp()
    {
        usage = new FakePlanUsageReader(resumes);
        users.TransactionProbe = () => unitOfWork.IsInTransaction;
        ana = TestUsers.SignedIn(users, currentUser);
    }

    [Test]
    public async Task The_first_resume_is_stored_as_the_default_at_version_one()
    {
        var response = await Handle(new CreateResumeCommand("  Backend engineer ", "classic", ValidItems.ForClassic()));

        var stored = resumes.Added.Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.Id, Is.EqualTo(stored.Id));
            Assert.That(response.IsDefault, Is.True);
            Assert.That(response.Version, Is.EqualTo(1));
            Assert.That(response.Title, Is.EqualTo("Backend engineer"));
            Assert.That(response.TemplateKey, Is.EqualTo("classic"));
            Assert.That(response.CreatedAt, Is.EqualTo(TestClock.Now));
            Assert.That(response.Sections.Select(s => s.Kind), Is.EqualTo(new[] { "experience", "education" }));
            Assert.That(response.Sections[0].Items[0], Is.EqualTo(ValidItems.Experience));
            Assert.That(stored.UserId, Is.EqualTo(ana.Id));
            Assert.That(stored.Sections[0].Items[0].StartDate, Is.EqualTo(new PartialDate(2020, 1, 15)));
            Assert.That(unitOfWork.SaveCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_second_resume_is_not_the_default()
    {
        ana.MoveToPlan(PlanCodes.Pro);
        var first = await Handle(new CreateResumeCommand("First", "classic", ValidItems.ForClassic()));

        var second = await Handle(new CreateResumeCommand("Second", "classic", ValidItems.ForClassic()));

        Assert.Multiple(() =>
        {
            Assert.That(first.IsDefault, Is.True);
            Assert.That(second.IsDefault, Is.False);
            Assert.That(resumes.OwnedBy(ana.Id).Count(r => r.IsDefault), Is.EqualTo(1));
        });
    }

    [Test]
    public void A_free_user_with_one_resume_is_refused_a_second_with_max_resumes_limit_one_usage_one()
    {
        resumes.Seed(TestResumes.For(ana.Id, isDefault: true));

        var error = Assert.ThrowsAsync<PlanLimitExceededException>(() => Handle(new CreateResumeCommand("Second", "classic", ValidItems.ForClassic())));

        Assert.Multiple(() =>
        {
            Assert.That(error.Check, Is.EqualTo(new PlanLimitCheck(false, PlanLimitNames.MaxResumes, 1, 1)));
            Assert.That(resumes.Added, Is.Empty);
            Assert.That(systemLog.Entries, Is.Empty);
            Assert.That(unitOfWork.SaveCount, Is.Zero);
        });
    }

    [Test]
    public void Another_users_resumes_do_not_count_towards_max_resumes()
    {
        resumes.Seed(TestResumes.For(Guid.NewGuid(), isDefault: true));

        Assert.That(async () => await Handle(new CreateResumeCommand("Mine", "classic", ValidItems.ForClassic())), Throws.Nothing);
    }

    [Test]
    public void A_premium_template_on_the_free_plan_is_refused_with_premium_templates()
    {
        var error = Assert.ThrowsAsync<PlanLimitExceededException>(() => Handle(new CreateResumeCommand("CV", "compact", ValidItems.ForAnyTemplate())));

        Assert.Multiple(() =>
        {
            Assert.That(error.Check, Is.EqualTo(new PlanLimitCheck(false, PlanLimitNames.PremiumTemplates, 0, 1)));
            Assert.That(resumes.Added, Is.Empty);
        });
    }

    [Test]
    public async Task A_premium_template_on_the_pro_plan_is_allowed()
    {
        ana.MoveToPlan(PlanCodes.Pro);

        var response = await Handle(new CreateResumeCommand("CV", "compact", ValidItems.ForAnyTemplate()));

        Assert.That(response.TemplateKey, Is.EqualTo("compact"));
    }

    [Test]
    public void More_sections_than_the_plan_allows_are_refused_with_max_sections_per_resume()
    {
        var eleven = ValidItems.ForClassic().Concat(Enumerable.Repeat(ValidItems.Section(SectionKind.Skills), 9)).ToArray();

        var error = Assert.ThrowsAsync<PlanLimitExceededException>(() => Handle(new CreateResumeCommand("CV", "classic", eleven)));

        Assert.Multiple(() =>
        {
            Assert.That(error.Check, Is.EqualTo(new PlanLimitCheck(false, PlanLimitNames.MaxSectionsPerResume, 10, 11)));
            Assert.That(resumes.Added, Is.Empty);
        });
    }

    [Test]
    public async Task Exactly_the_plans_section_limit_is_allowed()
    {
        var ten = ValidItems.ForClassic().Concat(Enumerable.Repeat(ValidItems.Section(SectionKind.Skills), 8)).ToArray();

        var response = await Handle(new CreateResumeCommand("CV", "classic", ten));

        Assert.That(response.Sections, Has.Count.EqualTo(10));
    }

    [Test]
    public async Task A_resume_created_entry_is_written_to_the_system_log()
    {
        var response = await Handle(new CreateResumeCommand("CV", "classic", ValidItems.ForClassic()));

        var entry = systemLog.Entries.Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.Action, Is.EqualTo(SystemLogActions.ResumeCreated));
            Assert.That(entry.Action, Is.EqualTo("resume_created"));
            Assert.That(entry.UserId, Is.EqualTo(ana.Id));
            Assert.That(entry.CreatedAt, Is.EqualTo(TestClock.Now));
            Assert.That(JsonDocument.Parse(entry.Metadata).RootElement.GetProperty("resumeId").GetGuid(), Is.EqualTo(response.Id));
        });
    }

    [Test]
    public async Task Runs_in_one_transaction_that_locks_the_user_before_counting()
    {
        await Handle(new CreateResumeCommand("CV", "classic", ValidItems.ForClassic()));

        Assert.Multiple(() =>
        {
            Assert.That(unitOfWork.TransactionCount, Is.EqualTo(1));
            Assert.That(users.Locks, Is.EqualTo(new[] { (ana.Id, true) }));
            Assert.That(unitOfWork.SavesInTransaction, Is.EqualTo(1).And.EqualTo(unitOfWork.SaveCount));
            Assert.That(usage.AskedAt, Is.EqualTo(new[] { TestClock.Now }));
        });
    }

    [Test]
    public async Task A_new_resume_is_stored_with_its_content_as_version_1()
    {
        var response = await Handle(new CreateResumeCommand("CV", "classic", ValidItems.ForClassic()));

        var version = versions.Stored.Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.LatestVersion, Is.EqualTo(1));
            Assert.That((version.ResumeId, version.Version, version.Title), Is.EqualTo((response.Id, 1, "CV")));
            Assert.That(version.ContentSha256, Is.EqualTo(resumes.Added.Single().Content.Sha256()));
        });
    }

    [Test]
    public void A_signed_in_user_who_no_longer_exists_is_not_found()
    {
        currentUser.UserId = Guid.NewGuid();

        var error = Assert.ThrowsAsync<NotFoundException>(() => Handle(new CreateResumeCommand("CV", "classic", ValidItems.ForClassic())));

        Assert.That(error.Resource, Is.EqualTo("User"));
    }

    private async Task<ResumeResponse> Handle(CreateResumeCommand command) =>
        await new CreateResumeCommandHandler(new ResumeCreator(
            currentUser, TestPlans.Snapshots(users, usage), resumes, versions, new ResumePlanGuard(new ResumeTemplateLookup(new InMemoryTemplateCatalog())), systemLog, unitOfWork, clock))
            .Handle(command, CancellationToken.None);
}
