using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResumeExport.Application.Auth.Common;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Plans;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>
/// The fakes behind a use case's ports, new for each test: the arrangement handler tests share instead of copying.
/// A test passes its handler the fakes it needs; the rest stay empty.
/// </summary>
internal sealed class HandlerFixture
{
    public HandlerFixture()
    {
        // The user's row lock records whether a transaction was open when it was taken.
        Users.TransactionProbe = () => UnitOfWork.IsInTransaction;
    }

    public InMemoryUserRepository Users { get; } = new();

    public InMemoryResumeRepository Resumes { get; } = new();

    public InMemoryResumeVersionRepository Versions { get; } = new();

    public InMemoryExportRepository Exports { get; } = new();

    public InMemoryBulkApplyRepository BulkApplies { get; } = new();

    public InMemoryEmailJobRepository EmailJobs { get; } = new();

    public FakePlanUsageReader Usage { get; } = new();

    public RecordingSystemLog SystemLog { get; } = new();

    public RecordingMessageOutbox Outbox { get; } = new();

    public CountingUnitOfWork UnitOfWork { get; } = new();

    public FakeCurrentUser CurrentUser { get; } = new();

    public FakePasswordHasher Hasher { get; } = new();

    public FakeAccessTokenIssuer Tokens { get; } = new();

    /// <summary>The render backlog's bound (decision 34); the default leaves room, tests lower it.</summary>
    public RenderBacklogOptions BacklogOptions { get; } = new() { DepthCacheDuration = TimeSpan.Zero };

    /// <summary>The backlog check of the export-creating use cases, counting <see cref="Exports"/> afresh each time.</summary>
    public RenderBacklog Backlog => new(Options.Create(BacklogOptions), TestClock.At());

    public InMemoryRefreshTokenRepository RefreshTokens { get; } = new();

    public FakeTimeProvider Clock { get; } = TestClock.At();

    public SessionIssuer Sessions => new(Tokens, RefreshTokens, Options.Create(new SessionOptions()), Clock);

    /// <summary>The user's plan and usage as the plan-limited use cases read them.</summary>
    public PlanSnapshotReader Plans => TestPlans.Snapshots(Users, Usage);

    /// <summary>Ana on <paramref name="planCode"/>, stored and signed in.</summary>
    public User SignIn(string planCode = PlanCodes.Free) => TestUsers.SignedIn(Users, CurrentUser, planCode);

    /// <summary>A resume of <paramref name="owner"/>, stored with its version 1.</summary>
    public Resume ResumeOf(User owner)
    {
        var resume = TestResumes.For(owner.Id);
        Resumes.Seed(resume);
        Versions.Seed(ResumeVersion.Capture(resume, resume.CreatedAt));
        return resume;
    }

    /// <summary>
    /// The exports, outbox and system log record whether each write came inside the transaction and after the user's
    /// row lock: where every write of a plan-limited use case must happen.
    /// </summary>
    public void ProbeWritesAgainstTheUserLock()
    {
        bool InsideLockedTransaction() => UnitOfWork.IsInTransaction && Users.Locks.Count == 1;
        Exports.TransactionProbe = InsideLockedTransaction;
        Outbox.TransactionProbe = InsideLockedTransaction;
        SystemLog.TransactionProbe = InsideLockedTransaction;
    }
}
