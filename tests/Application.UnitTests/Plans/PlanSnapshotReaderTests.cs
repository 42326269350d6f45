using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.UnitTests.Plans;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class PlanSnapshotReaderTests
{
    private readonly InMemoryUserRepository users = new();
    private readonly FakePlanUsageReader usage = new();
    private readonly FakeCurrentUser currentUser = new();

    [Test]
    public async Task A_snapshot_holds_the_locked_user_the_limits_of_its_plan_and_todays_usage()
    {
        var ana = TestUsers.SignedIn(users, currentUser, PlanCodes.Pro);
        usage.Usage = PlanUsage.None with { ExportsToday = 4 };

        var snapshot = await TestPlans.Snapshots(users, usage).LockAsync(ana.Id, TestClock.Now, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(snapshot!.User, Is.SameAs(ana));
            Assert.That(snapshot.Limit.PlanCode, Is.EqualTo(PlanCodes.Pro));
            Assert.That(snapshot.Usage.ExportsToday, Is.EqualTo(4));
            Assert.That(users.Locks.Select(l => l.UserId), Is.EqualTo(new[] { ana.Id }));
            Assert.That(usage.AskedAt, Is.EqualTo(new[] { TestClock.Now }));
        });
    }

    [Test]
    public async Task A_user_who_no_longer_exists_has_no_snapshot_and_nothing_else_is_read()
    {
        var snapshot = await TestPlans.Snapshots(users, usage).LockAsync(Guid.NewGuid(), TestClock.Now, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(snapshot, Is.Null);
            Assert.That(usage.AskedAt, Is.Empty);
        });
    }
}
