using System.Threading.RateLimiting;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Api.RateLimiting;

/// <summary>
/// One policy's limiter for one partition key, holding no count of its own: every acquisition is one round trip to
/// <see cref="IRateLimitStore"/>, so the limit holds across any number of replicas (decision 32). When the store fails or
/// times out, the policy's <see cref="StoreDownBehaviour"/> decides.
/// </summary>
internal sealed partial class SharedRateLimiter(
    string policy,
    string partitionKey,
    RateLimitRule rule,
    IRateLimitStore store,
    SharedRateLimitOptions options,
    TimeProvider clock,
    ILogger logger) : RateLimiter
{
    private readonly StoreDownBehaviour whenStoreDown = options.For(policy);
    private long lastUsed = clock.GetTimestamp();

    /// <summary>The store's key: the policy name keeps two policies over the same user apart.</summary>
    public string Key { get; } = $"{policy}:{partitionKey}";

    // Idle time lets the middleware drop this object; the count lives on in the store.
    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => permitCount == 0 ? SharedLease.Granted : SharedLease.NotAttempted;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, rule.Limit);
        if (permitCount == 0)
        {
            return SharedLease.Granted;
        }

        Interlocked.Exchange(ref lastUsed, clock.GetTimestamp());
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.StoreTimeout);
        try
        {
            var decision = await store.TryAcquireAsync(Key, rule, permitCount, timeout.Token);
            return decision.Granted ? SharedLease.Granted : SharedLease.Refused(decision.RetryAfter);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogStoreDown(exception, policy, whenStoreDown);
            return whenStoreDown == StoreDownBehaviour.Open ? SharedLease.Granted : SharedLease.RefusedStoreDown(options.RetryAfterWhenStoreDown);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate-limit store unreachable for policy {Policy}; failing {Behaviour}")]
    private partial void LogStoreDown(Exception exception, string policy, StoreDownBehaviour behaviour);
}
