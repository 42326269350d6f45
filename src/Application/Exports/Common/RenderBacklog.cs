using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Exports.Common;

/// <summary>
/// Refuses a new export while too many are unfinished (decision 34). One per process: the count is cached for
/// <see cref="RenderBacklogOptions.DepthCacheDuration"/> and read by one request at a time, the others reuse it.
/// </summary>
public sealed class RenderBacklog(IOptions<RenderBacklogOptions> options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim refresh = new(1, 1);
    private int count;
    private long readAt = long.MinValue;

    /// <summary>Throws <see cref="ServiceBusyException"/> when the queue is at its bound; call only for a request that would create an export.</summary>
    /// <param name="exports">The caller's repository (scoped), used only when the cached count is stale.</param>
    public async Task EnsureRoomAsync(IExportRepository exports, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var depth = await DepthAsync(exports, settings.DepthCacheDuration, cancellationToken);
        if (depth >= settings.MaxUnfinishedExports)
        {
            var seconds = (int)Math.Ceiling(settings.RetryAfter.TotalSeconds);
            throw new ServiceBusyException(ServiceBusyException.RenderQueueFull,
                $"Too many exports are waiting to be rendered right now. Try again in {seconds} seconds; nothing was queued.", settings.RetryAfter);
        }
    }

    private async Task<int> DepthAsync(IExportRepository exports, TimeSpan cacheDuration, CancellationToken cancellationToken)
    {
        if (IsFresh(cacheDuration))
        {
            return Volatile.Read(ref count);
        }

        await refresh.WaitAsync(cancellationToken);
        try
        {
            if (!IsFresh(cacheDuration))
            {
                Volatile.Write(ref count, await exports.CountUnfinishedAsync(cancellationToken));
                Volatile.Write(ref readAt, clock.GetTimestamp());
            }

            return Volatile.Read(ref count);
        }
        finally
        {
            refresh.Release();
        }
    }

    private bool IsFresh(TimeSpan cacheDuration)
    {
        var at = Volatile.Read(ref readAt);
        return at != long.MinValue && clock.GetElapsedTime(at) < cacheDuration;
    }

    public void Dispose() => refresh.Dispose();
}
