using System.Collections.Concurrent;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>
/// An in-memory <see cref="IRateLimitStore"/> that counts each key up to its rule's limit (no refill: tests are short)
/// and, while <see cref="Down"/>, fails like an unreachable database.
/// </summary>
public sealed class FakeRateLimitStore : IRateLimitStore
{
    private readonly ConcurrentDictionary<string, int> used = new();

    public bool Down { get; set; }

    public int Calls => calls;

    private int calls;

    public Task<RateLimitDecision> TryAcquireAsync(string key, RateLimitRule rule, int permits, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        if (Down)
        {
            throw new TimeoutException("The fake rate-limit store is down.");
        }

        var granted = false;
        used.AddOrUpdate(key, _ => (granted = permits <= rule.Limit) ? permits : 0, (_, count) => (granted = count + permits <= rule.Limit) ? count + permits : count);
        return Task.FromResult(new RateLimitDecision(granted, granted ? TimeSpan.Zero : rule.Period));
    }

    public Task<int> SweepExpiredAsync(int batchSize, CancellationToken cancellationToken) => Task.FromResult(0);
}
