using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.UnitTests.Fakes;

namespace ResumeExport.Application.UnitTests.Exports.Common;

public sealed class RenderBacklogTests
{
    private readonly Guid userId = Guid.NewGuid();
    private readonly Guid resumeId = Guid.NewGuid();

    [Test]
    public void Below_the_bound_there_is_room_and_at_the_bound_a_new_export_is_refused_with_the_configured_retry_after()
    {
        var exports = new InMemoryExportRepository();
        var options = new RenderBacklogOptions { MaxUnfinishedExports = 2, RetryAfter = TimeSpan.FromSeconds(7), DepthCacheDuration = TimeSpan.Zero };
        using var backlog = new RenderBacklog(Options.Create(options), TestClock.At());
        exports.Seed(TestExports.Queued(userId, resumeId));

        Assert.DoesNotThrowAsync(() => backlog.EnsureRoomAsync(exports, CancellationToken.None));

        exports.Seed(TestExports.Queued(userId, resumeId));
        var error = Assert.ThrowsAsync<ServiceBusyException>(() => backlog.EnsureRoomAsync(exports, CancellationToken.None));
        Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
        Assert.That(error.Message, Does.Contain("7 seconds"));
    }

    [Test]
    public void The_count_is_reused_for_the_cache_duration_and_read_again_after_it()
    {
        var exports = new InMemoryExportRepository();
        var clock = TestClock.At();
        var options = new RenderBacklogOptions { MaxUnfinishedExports = 1, DepthCacheDuration = TimeSpan.FromSeconds(1) };
        using var backlog = new RenderBacklog(Options.Create(options), clock);
        Assert.DoesNotThrowAsync(() => backlog.EnsureRoomAsync(exports, CancellationToken.None));

        exports.Seed(TestExports.Queued(userId, resumeId));
        Assert.DoesNotThrowAsync(() => backlog.EnsureRoomAsync(exports, CancellationToken.None), "within the second: the cached count");

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.ThrowsAsync<ServiceBusyException>(() => backlog.EnsureRoomAsync(exports, CancellationToken.None));
    }

    [Test]
    public void Options_outside_their_ranges_are_invalid()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RenderBacklogOptions.IsValid(new RenderBacklogOptions()), Is.True);
            Assert.That(RenderBacklogOptions.IsValid(new RenderBacklogOptions { MaxUnfinishedExports = 0 }), Is.False);
            Assert.That(RenderBacklogOptions.IsValid(new RenderBacklogOptions { RetryAfter = TimeSpan.Zero }), Is.False);
            Assert.That(RenderBacklogOptions.IsValid(new RenderBacklogOptions { DepthCacheDuration = TimeSpan.FromMinutes(2) }), Is.False);
        });
    }
}
