namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>
/// Counters every API replica shares (decision 32): one atomic round trip takes permits from a key's window or bucket,
/// so N replicas hold a limit at its configured value, not N times it.
/// </summary>
public interface IRateLimitStore
{
    /// <summary>Takes <paramref name="permits"/> from <paramref name="key"/> under <paramref name="rule"/>, or says how long until it could.</summary>
    /// <exception cref="Exception">Any failure of the store (down, timed out): the caller decides whether to fail open or closed.</exception>
    Task<RateLimitDecision> TryAcquireAsync(string key, RateLimitRule rule, int permits, CancellationToken cancellationToken);

    /// <summary>Deletes counters that are back to their initial state (a fresh key would behave the same); returns how many.</summary>
    Task<int> SweepExpiredAsync(int batchSize, CancellationToken cancellationToken);
}
