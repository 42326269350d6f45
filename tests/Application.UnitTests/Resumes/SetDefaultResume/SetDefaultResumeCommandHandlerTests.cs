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

    private readonly InMemoryUserRepository users = new();
    private readonly InMemoryResumeRepository resumes = new();
    private readonly CountingUnitOfWork unitOfWork = new();
    private readonly FakeCurrentUser currentUser = new();
    private User ana = null!;

    [SetUp]
    public void SetUp()
    {
        users.TransactionProbe = () => unitOfWork.IsInTransaction;
        ana = TestUsers.SignedIn(users, currentUser);
    }

    [Test]
    public async Task Clears_the_previous_default_and_makes_this_one_the_default()
    {
        var current = TestResumes.For(ana.Id, "Current", isDefault: true);
        var chosen = TestResumes.For(ana.Id, "Chosen");
        var other = TestResumes.For(ana.Id, "Other");
        resumes.Seed(current, chosen, other);

        var response = await Handle(chosen.Id);

        Assert.Multiple(() =>
        {
            Assert.That(response.Id, Is.EqualTo(chosen.Id));
            Assert.That(response.IsDefault, Is.True);
            Assert.That(response.Version, Is.EqualTo(2));
            Assert.That(resumes.OwnedBy(ana.Id).Where(r => r.IsDefault), Is.EqualTo(new[] { chosen }));
            Assert.That(resumes.DefaultsClearedFor, Is.EqualTo(new[] { ana.Id }));
            Assert.That(chosen.UpdatedAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public async Task Runs_in_one_transaction_under_the_users_lock()
    {
        var chosen = TestResumes.For(ana.Id);
        resumes.Seed(TestResumes.For(ana.Id, isDefault: true), chosen);

        await Handle(chosen.Id);

        Assert.Multiple(() =>
        {
            Assert.That(unitOfWork.TransactionCount, Is.EqualTo(1));
            Assert.That(users.Locks, Is.EqualTo(new[] { (ana.Id, true) }));
            Assert.That(unitOfWork.SavesInTransaction, Is.EqualTo(1).And.EqualTo(unitOfWork.SaveCount));
        });
    }

    [Test]
    public async Task Making_the_default_the_default_again_changes_nothing()
    {
        var current = TestResumes.For(ana.Id, isDefault: true);
        resumes.Seed(current, TestResumes.For(ana.Id));

        var response = await Handle(current.Id);

        Assert.Multiple(() =>
        {
            Assert.That(response.IsDefault, Is.True);
            Assert.That(response.Version, Is.EqualTo(1));
            Assert.That(resumes.DefaultsClearedFor, Is.Empty);
            Assert.That(unitOfWork.SaveCount, Is.Zero);
        });
    }

    [Test]
    public async Task Another_users_default_is_left_alone()
    {
        var stranger = Guid.NewGuid();
        var theirs = TestResumes.For(stranger, isDefault: true);
        var chosen = TestResumes.For(ana.Id);
        resumes.Seed(theirs, chosen);

        await Handle(chosen.Id);

        Assert.Multiple(() =>
        {
            Assert.That(theirs.IsDefault, Is.True);
            Assert.That(resumes.DefaultsClearedFor, Does.Not.Contain(stranger));
        });
    }

    [Test]
    public void Another_users_resume_is_not_found()
    {
        var theirs = TestResumes.For(Guid.NewGuid());
        resumes.Seed(TestResumes.For(ana.Id, isDefault: true), theirs);

        var error = Assert.ThrowsAsync<NotFoundException>(() => Handle(theirs.Id));

        Assert.Multiple(() =>
        {
            Assert.That(error.Resource, Is.EqualTo("Resume"));
            Assert.That(theirs.IsDefault, Is.False);
            Assert.That(resumes.DefaultsClearedFor, Is.Empty);
        });
    }

    private async Task<ResumeResponse> Handle(Guid id) =>
        await new SetDefaultResumeCommandHandler(currentUser, users, resumes, unitOfWork, TestClock.At(Now))
            .Handle(new SetDefaultResumeCommand(id), CancellationToken.None);
}
