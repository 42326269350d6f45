using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Resumes.DeleteResume;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Resumes.DeleteResume;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class DeleteResumeCommandHandlerTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private readonly InMemoryUserRepository users = new();
    private readonly InMemoryResumeRepository resumes = new();
    private readonly RecordingSystemLog systemLog = new();
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
    public async Task Deleting_the_default_promotes_the_most_recently_updated_remaining_resume()
    {
        var current = TestResumes.For(ana.Id, "Default", isDefault: true, updatedAt: Now.AddDays(-1));
        var older = TestResumes.For(ana.Id, "Older", updatedAt: Now.AddDays(-3));
        var newest = TestResumes.For(ana.Id, "Newest", updatedAt: Now.AddDays(-2));
        resumes.Seed(older, current, newest);

        await Handle(current.Id);

        Assert.Multiple(() =>
        {
            Assert.That(resumes.OwnedBy(ana.Id), Is.EquivalentTo(new[] { older, newest }));
            Assert.That(newest.IsDefault, Is.True);
            Assert.That(newest.Version, Is.EqualTo(2));
            Assert.That(newest.UpdatedAt, Is.EqualTo(Now));
            Assert.That(older.IsDefault, Is.False);
            Assert.That(older.Version, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Deleting_a_resume_that_is_not_the_default_leaves_the_default_alone()
    {
        var current = TestResumes.For(ana.Id, "Default", isDefault: true, updatedAt: Now.AddDays(-3));
        var other = TestResumes.For(ana.Id, "Other", updatedAt: Now.AddDays(-1));
        var newer = TestResumes.For(ana.Id, "Newer", updatedAt: Now.AddHours(-1));
        resumes.Seed(current, other, newer);

        await Handle(other.Id);

        Assert.Multiple(() =>
        {
            Assert.That(resumes.OwnedBy(ana.Id), Is.EquivalentTo(new[] { current, newer }));
            Assert.That(current.IsDefault, Is.True);
            Assert.That(current.Version, Is.EqualTo(1));
            Assert.That(newer.IsDefault, Is.False);
            Assert.That(newer.Version, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Deleting_the_only_resume_leaves_nothing_to_promote()
    {
        var only = TestResumes.For(ana.Id, isDefault: true);
        resumes.Seed(only);

        await Handle(only.Id);

        Assert.Multiple(() =>
        {
            Assert.That(resumes.OwnedBy(ana.Id), Is.Empty);
            Assert.That(resumes.Removed, Is.EqualTo(new[] { only }));
        });
    }

    [Test]
    public async Task Another_users_resume_is_never_promoted()
    {
        var mine = TestResumes.For(ana.Id, isDefault: true, updatedAt: Now.AddDays(-2));
        var theirs = TestResumes.For(Guid.NewGuid(), updatedAt: Now.AddDays(-1));
        resumes.Seed(mine, theirs);

        await Handle(mine.Id);

        Assert.Multiple(() =>
        {
            Assert.That(theirs.IsDefault, Is.False);
            Assert.That(theirs.Version, Is.EqualTo(1));
        });
    }

    [Test]
    public void Another_users_resume_is_not_found_and_stays()
    {
        var theirs = TestResumes.For(Guid.NewGuid(), isDefault: true);
        resumes.Seed(theirs);

        var error = Assert.ThrowsAsync<NotFoundException>(() => Handle(theirs.Id));

        Assert.Multiple(() =>
        {
            Assert.That(error.Resource, Is.EqualTo("Resume"));
            Assert.That(resumes.Stored, Is.EqualTo(new[] { theirs }));
            Assert.That(resumes.Removed, Is.Empty);
            Assert.That(systemLog.Entries, Is.Empty);
        });
    }

    [Test]
    public async Task Deleting_logs_resume_deleted_inside_one_transaction_under_the_users_lock()
    {
        var only = TestResumes.For(ana.Id, isDefault: true);
        resumes.Seed(only);

        await Handle(only.Id);

        Assert.Multiple(() =>
        {
            Assert.That(systemLog.Entries.Select(e => (e.Action, e.UserId)), Is.EqualTo(new[] { (SystemLogActions.ResumeDeleted, (Guid?)ana.Id) }));
            Assert.That(systemLog.Entries.Single().Metadata, Does.Contain(only.Id.ToString()));
            Assert.That(unitOfWork.TransactionCount, Is.EqualTo(1));
            Assert.That(users.Locks, Is.EqualTo(new[] { (ana.Id, true) }));
            Assert.That(unitOfWork.SaveCount, Is.Positive.And.EqualTo(unitOfWork.SavesInTransaction));
        });
    }

    private async Task Handle(Guid id) =>
        await new DeleteResumeCommandHandler(currentUser, users, resumes, systemLog, unitOfWork, TestClock.At(Now))
            .Handle(new DeleteResumeCommand(id), CancellationToken.None);
}
