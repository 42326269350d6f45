using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.Resumes.SetDefaultResume;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Resumes.SetDefaultResume;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SetDefaultResumeCommandHandlerTests
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
    public async Task Clears_the_previous_default_and_makes_this_one_the_default()
    {
        var current = TestResumes.For(ana.Id, "Current", isDefault: true);
        var chosen = TestResumes.For(ana.Id, "Chosen");
        var other = TestResumes.For(ana.Id, "Other");
        fakes.Resumes.Seed(current, chosen, other);

        var response = await Handle(chosen.Id);

        Assert.Multiple(() =>
        {
            Assert.That(response.Id, Is.EqualTo(chosen.Id));
            Assert.That(response.IsDefault, Is.True);
            Assert.That(response.Version, Is.EqualTo(2));
            Assert.That(fakes.Resumes.OwnedBy(ana.Id).Where(r => r.IsDefault), Is.EqualTo(new[] { chosen }));
            Assert.That(fakes.Resumes.DefaultsClearedFor, Is.EqualTo(new[] { ana.Id }));
            Assert.That(chosen.UpdatedAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public async Task Runs_in_one_transaction_under_the_users_lock()
    {
        var chosen = TestResumes.For(ana.Id);
        fakes.Resumes.Seed(TestResumes.For(ana.Id, isDefault: true), chosen);

        await Handle(chosen.Id);

        Assert.Multiple(() =>
        {
            Assert.That(fakes.UnitOfWork.TransactionCount, Is.EqualTo(1));
            Assert.That(fakes.Users.Locks, Is.EqualTo(new[] { (ana.Id, true) }));
            Assert.That(fakes.UnitOfWork.SavesInTransaction, Is.EqualTo(1).And.EqualTo(fakes.UnitOfWork.SaveCount));
        });
    }

    [Test]
    public async Task Making_the_default_the_default_again_changes_nothing()
    {
        var current = TestResumes.For(ana.Id, isDefault: true);
        fakes.Resumes.Seed(current, TestResumes.For(ana.Id));

        var response = await Handle(current.Id);

        Assert.Multiple(() =>
        {
            Assert.That(response.IsDefault, Is.True);
            Assert.That(response.Version, Is.EqualTo(1));
            Assert.That(fakes.Resumes.DefaultsClearedFor, Is.Empty);
            Assert.That(fakes.UnitOfWork.SaveCount, Is.Zero);
        });
    }

    [Test]
    public async Task Another_users_default_is_left_alone()
    {
        var stranger = Guid.NewGuid();
        var theirs = TestResumes.For(stranger, isDefault: true);
        var chosen = TestResumes.For(ana.Id);
        fakes.Resumes.Seed(theirs, chosen);

        await Handle(chosen.Id);

        Assert.Multiple(() =>
        {
            Assert.That(theirs.IsDefault, Is.True);
            Assert.That(fakes.Resumes.DefaultsClearedFor, Does.Not.Contain(stranger));
        });
    }

    [Test]
    public void Another_users_resume_is_not_found()
    {
        var theirs = TestResumes.For(Guid.NewGuid());
        fakes.Resumes.Seed(TestResumes.For(ana.Id, isDefault: true), theirs);

        var error = Assert.ThrowsAsync<NotFoundException>(() => Handle(theirs.Id));

        Assert.Multiple(() =>
        {
            Assert.That(error.Resource, Is.EqualTo("Resume"));
            Assert.That(theirs.IsDefault, Is.False);
            Assert.That(fakes.Resumes.DefaultsClearedFor, Is.Empty);
        });
    }

    private async Task<ResumeResponse> Handle(Guid id) =>
        await new SetDefaultResumeCommandHandler(fakes.CurrentUser, fakes.Users, fakes.Resumes, fakes.UnitOfWork, TestClock.At(Now))
            .Handle(new SetDefaultResumeCommand(id), CancellationToken.None);
}
