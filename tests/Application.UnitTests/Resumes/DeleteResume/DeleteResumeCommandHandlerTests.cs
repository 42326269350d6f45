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

    private readonly HandlerFixture fakes = new();
    private User ana = null!;

    [SetUp]
    public void SetUp()
    {
        ana = fakes.SignIn();
    }

    [Test]
    public async Task Deleting_the_default_promotes_the_most_recently_updated_remaining_resume()
    {
        var current = TestResumes.For(ana.Id, "Default", isDefault: true, updatedAt: Now.AddDays(-1));
        var older = TestResumes.For(ana.Id, "Older", updatedAt: Now.AddDays(-3));
        var newest = TestResumes.For(ana.Id, "Newest", updatedAt: Now.AddDays(-2));
        fakes.Resumes.Seed(older, current, newest);

        await Handle(current.Id);

        Assert.Multiple(() =>
        {
            Assert.That(fakes.Resumes.OwnedBy(ana.Id), Is.EquivalentTo(new[] { older, newest }));
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
        fakes.Resumes.Seed(current, other, newer);

        await Handle(other.Id);

        Assert.Multiple(() =>
        {
            Assert.That(fakes.Resumes.OwnedBy(ana.Id), Is.EquivalentTo(new[] { current, newer }));
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
        fakes.Resumes.Seed(only);

        await Handle(only.Id);

        Assert.Multiple(() =>
        {
            Assert.That(fakes.Resumes.OwnedBy(ana.Id), Is.Empty);
            Assert.That(fakes.Resumes.Removed, Is.EqualTo(new[] { only }));
        });
    }

    [Test]
    public async Task Another_users_resume_is_never_promoted()
    {
        var mine = TestResumes.For(ana.Id, isDefault: true, updatedAt: Now.AddDays(-2));
        var theirs = TestResumes.For(Guid.NewGuid(), updatedAt: Now.AddDays(-1));
        fakes.Resumes.Seed(mine, theirs);

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
        fakes.Resumes.Seed(theirs);

        var error = Assert.ThrowsAsync<NotFoundException>(() => Handle(theirs.Id));

        Assert.Multiple(() =>
        {
            Assert.That(error.Resource, Is.EqualTo("Resume"));
            Assert.That(fakes.Resumes.Stored, Is.EqualTo(new[] { theirs }));
            Assert.That(fakes.Resumes.Removed, Is.Empty);
            Assert.That(fakes.SystemLog.Entries, Is.Empty);
        });
    }

    [Test]
    public async Task Deleting_logs_resume_deleted_inside_one_transaction_under_the_users_lock()
    {
        var only = TestResumes.For(ana.Id, isDefault: true);
        fakes.Resumes.Seed(only);

        await Handle(only.Id);

        Assert.Multiple(() =>
        {
            Assert.That(fakes.SystemLog.Entries.Select(e => (e.Action, e.UserId)), Is.EqualTo(new[] { (SystemLogActions.ResumeDeleted, (Guid?)ana.Id) }));
            Assert.That(fakes.SystemLog.Entries.Single().Metadata, Does.Contain(only.Id.ToString()));
            Assert.That(fakes.UnitOfWork.TransactionCount, Is.EqualTo(1));
            Assert.That(fakes.Users.Locks, Is.EqualTo(new[] { (ana.Id, true) }));
            Assert.That(fakes.UnitOfWork.SaveCount, Is.Positive.And.EqualTo(fakes.UnitOfWork.SavesInTransaction));
        });
    }

    private async Task Handle(Guid id) =>
        await new DeleteResumeCommandHandler(fakes.CurrentUser, fakes.Users, fakes.Resumes, fakes.SystemLog, fakes.UnitOfWork, TestClock.At(Now))
            .Handle(new DeleteResumeCommand(id), CancellationToken.None);
}
