using System.Diagnostics;
using System.Threading.RateLimiting;

namespace ResumeExport.Api.RateLimiting;

/// <summary>
/// One key's view of a shared <see cref="PartitionedRateLimiter{TResource}"/>: what a named policy's partition hands
/// the middleware when the counts must outlive the partition (<see cref="SharePasswordLimiterPolicy"/>). Disposing it
/// leaves the shared limiter alone.
/// </summary>
internal sealed class KeyedRateLimiter<TKey>(PartitionedRateLimiter<TKey> shared, TKey key) : RateLimiter
{
    private long lastUsed = Stopwatch.GetTimestamp();

    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref lastUsed));

    public override RateLimiterStatistics? GetStatistics() => shared.GetStatistics(key);

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Interlocked.Exchange(ref lastUsed, Stopwatch.GetTimestamp());
        return shared.AttemptAcquire(key, permitCount);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref lastUsed, Stopwatch.GetTimestamp());
        return shared.AcquireAsync(key, permitCount, cancellationToken);
    }
}
