using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Exports.WatchExport;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Exports.WatchExport;

public sealed class WatchExportQueryHandlerTests
{
    private readonly HandlerFixture fakes = new();
    private readonly FakeExportStatusFeed feed = new();
    private User ana = null!;

    [SetUp]
    public void SetUp() => ana = fakes.SignIn();

    [Test]
    public async Task The_current_status_comes_first_then_each_change_and_the_stream_ends_after_completed()
    {
        var export = TestExports.Queued(ana.Id, Guid.NewGuid());
        fakes.Exports.Seed(export);
        await using var events = Handler().Handle(new WatchExportQuery(export.Id), CancellationToken.None).GetAsyncEnumerator();

        Assert.That(await Next(events), Is.True);
        Assert.That(events.Current.Status, Is.EqualTo("queued"));

        var processing = Next(events);
        export.StartAttempt();
        feed.Signal(export.Id);
        Assert.That(await processing, Is.True);
        Assert.That(events.Current.Status, Is.EqualTo("processing"));

        var completed = Next(events);
        export.Complete("local", "key", 10, retentionDays: 7, TestClock.Now);
        feed.Signal(export.Id);
        Assert.That(await completed, Is.True);
        Assert.That(events.Current.Status, Is.EqualTo("completed"));
        Assert.That(await Next(events), Is.False);
        Assert.That(feed.LiveSubscriptions, Is.Zero);
    }

    [Test]
    public async Task A_signal_without_a_status_change_yields_nothing()
    {
        var export = TestExports.Processing(ana.Id, Guid.NewGuid());
        fakes.Exports.Seed(export);
        await using var events = Handler().Handle(new WatchExportQuery(export.Id), CancellationToken.None).GetAsyncEnumerator();
        Assert.That(await Next(events), Is.True);

        feed.Signal(export.Id);
        var next = events.MoveNextAsync().AsTask();
        export.Fail("render_failed", "Chromium crashed.", TestClock.Now);
        feed.Signal(export.Id);

        Assert.That(await next, Is.True);
        Assert.That(events.Current.Status, Is.EqualTo("failed"));
        Assert.That(events.Current.ErrorCode, Is.EqualTo("render_failed"));
    }

    [Test]
    public async Task A_finished_export_yields_one_event_and_ends()
    {
        var export = TestExports.Completed(ana.Id, Guid.NewGuid());
        fakes.Exports.Seed(export);

        var all = await Handler().Handle(new WatchExportQuery(export.Id), CancellationToken.None).ToListAsync();

        Assert.That(all.Select(e => e.Status), Is.EqualTo(new[] { "completed" }));
    }

    [Test]
    public void Another_users_export_is_not_found_before_anything_is_yielded()
    {
        var export = TestExports.Queued(Guid.NewGuid(), Guid.NewGuid());
        fakes.Exports.Seed(export);

        Assert.ThrowsAsync<NotFoundException>(async () =>
            await Handler().Handle(new WatchExportQuery(export.Id), CancellationToken.None).GetAsyncEnumerator().MoveNextAsync());
        Assert.That(feed.LiveSubscriptions, Is.Zero);
    }

    // Bounded, so a missing signal fails the test instead of hanging the run.
    private static Task<bool> Next(IAsyncEnumerator<ResumeExport.Application.Exports.Common.ExportResponse> events) =>
        events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    private WatchExportQueryHandler Handler() => new(fakes.CurrentUser, fakes.Exports, feed);
}
