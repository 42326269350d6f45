using System.Threading.RateLimiting;

namespace ResumeExport.Api.RateLimiting;

/// <summary>A lease of <see cref="SharedRateLimiter"/>: granted, refused with a <c>Retry-After</c>, or refused because the store is down.</summary>
internal sealed class SharedLease : RateLimitLease
{
    /// <summary>Set on a refusal because a fail-closed limit could not reach its store (answered 503, not 429).</summary>
    public static readonly MetadataName<bool> StoreUnavailable = new("STORE_UNAVAILABLE");

    public static readonly SharedLease Granted = new(true, null, false);

    /// <summary>What a synchronous attempt answers: no round trip without awaiting, so the middleware goes on to AcquireAsync.</summary>
    public static readonly SharedLease NotAttempted = new(false, null, false);

    private readonly TimeSpan? retryAfter;
    private readonly bool storeUnavailable;

    private SharedLease(bool isAcquired, TimeSpan? retryAfter, bool storeUnavailable)
    {
        IsAcquired = isAcquired;
        this.retryAfter = retryAfter;
        this.storeUnavailable = storeUnavailable;
    }

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames =>
        (retryAfter is null ? [] : new[] { MetadataName.RetryAfter.Name }).Concat(storeUnavailable ? [StoreUnavailable.Name] : []);

    public static SharedLease Refused(TimeSpan retryAfter) => new(false, retryAfter, false);

    public static SharedLease RefusedStoreDown(TimeSpan retryAfter) => new(false, retryAfter, true);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (metadataName == MetadataName.RetryAfter.Name && retryAfter is { } wait)
        {
            metadata = wait;
            return true;
        }

        if (metadataName == StoreUnavailable.Name && storeUnavailable)
        {
            metadata = true;
            return true;
        }

        metadata = null;
        return false;
    }
}
