using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Exports.ListExports;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Application.Users;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.UnitTests.Exports.ListExports;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ListExportsQueryHandlerTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private readonly InMemoryExportRepository exports = new();
    private readonly InMemoryUserRepository users = new();
    private readonly FakeCurrentUser currentUser = new();
    private Guid someoneElse;
    private Export myFailed = null!;
    private Export myCompleted = null!;
    private Export theirFailed = null!;

    [SetUp]
    public void SetUp()
    {
        var ana = TestUsers.Ana();
        var bo = TestUsers.Ana("bo@example.com");
        users.Seed(ana);
        users.Seed(bo);
        currentUser.UserId = ana.Id;
        someoneElse = bo.Id;
        var me = currentUser.RequiredUserId;
        myFailed = TestExports.Failed(me, Guid.NewGuid(), Now.AddHours(-1));
        myCompleted = TestExports.Completed(me, Guid.NewGuid(), Now.AddHours(-2));
        theirFailed = TestExports.Failed(someoneElse, Guid.NewGuid(), Now.AddHours(-3));
        exports.Seed(myFailed, myCompleted, theirFailed);
    }

    [Test]
    public async Task Lists_only_the_callers_exports_newest_first()
    {
        var page = await Handle(new ListExportsQuery(null));

        Assert.Multiple(() =>
        {
            Assert.That(Ids(page), Is.EqualTo(new[] { myFailed.Id, myCompleted.Id }));
            Assert.That(exports.Listed, Is.EqualTo(new[] { ((Guid?)currentUser.RequiredUserId, (ExportStatus?)null) }));
            Assert.That(page.NextCursor, Is.Null);
        });
    }

    [Test]
    public async Task An_admin_without_failed_only_still_lists_only_their_own()
    {
        currentUser.IsAdmin = true;

        var page = await Handle(new ListExportsQuery(null));

        Assert.That(Ids(page), Is.EqualTo(new[] { myFailed.Id, myCompleted.Id }));
    }

    [Test]
    public async Task Failed_only_for_a_user_lists_only_their_own_failed_exports()
    {
        var page = await Handle(new ListExportsQuery(null, FailedOnly: true));

        Assert.Multiple(() =>
        {
            Assert.That(Ids(page), Is.EqualTo(new[] { myFailed.Id }));
            Assert.That(page.Items.Single().Status, Is.EqualTo("failed"));
            Assert.That(page.Items.Single().ErrorCode, Is.EqualTo(ExportErrorCodes.RenderFailed));
        });
    }

    [Test]
    public async Task Failed_only_for_an_admin_lists_everyones_failed_exports()
    {
        currentUser.IsAdmin = true;

        var page = await Handle(new ListExportsQuery(null, FailedOnly: true));

        Assert.Multiple(() =>
        {
            Assert.That(Ids(page), Is.EqualTo(new[] { myFailed.Id, theirFailed.Id }));
            Assert.That(exports.Listed, Is.EqualTo(new[] { ((Guid?)null, (ExportStatus?)ExportStatus.Failed) }));
        });
    }

    [Test]
    public async Task The_failed_list_shows_whose_each_export_is_and_whether_a_retry_can_help()
    {
        currentUser.IsAdmin = true;

        var page = await Handle(new ListExportsQuery(null, FailedOnly: true));

        Assert.Multiple(() =>
        {
            Assert.That(page.Items.Select(e => e.Owner), Is.EqualTo(new[]
            {
                new OwnerResponse(currentUser.RequiredUserId, "Ana@Example.com"),
                new OwnerResponse(someoneElse, "bo@example.com"),
            }));
            Assert.That(page.Items.Select(e => e.Retryable), Is.All.True, "render_failed may work on a second try");
        });
    }

    [Test]
    public async Task The_plain_list_carries_no_owner_and_says_retryable_only_on_failed_exports()
    {
        var page = await Handle(new ListExportsQuery(null));

        Assert.Multiple(() =>
        {
            Assert.That(page.Items.Select(e => e.Owner), Is.All.Null);
            Assert.That(page.Items.Select(e => e.Retryable), Is.EqualTo(new bool?[] { true, null }));
        });
    }

    [Test]
    public async Task A_full_page_returns_a_cursor_that_continues_after_its_last_item()
    {
        var first = await Handle(new ListExportsQuery(null, Limit: 1));
        var second = await Handle(new ListExportsQuery(first.NextCursor, Limit: 1));

        Assert.Multiple(() =>
        {
            Assert.That(Ids(first), Is.EqualTo(new[] { myFailed.Id }));
            Assert.That(first.NextCursor, Is.Not.Null);
            Assert.That(Ids(second), Is.EqualTo(new[] { myCompleted.Id }));
            Assert.That(second.NextCursor, Is.Null);
        });
    }

    private static Guid[] Ids(Page<ExportResponse> page) => [.. page.Items.Select(e => e.Id)];

    private async Task<Page<ExportResponse>> Handle(ListExportsQuery query) =>
        await new ListExportsQueryHandler(currentUser, exports, users).Handle(query, CancellationToken.None);
}
