namespace ResumeExport.Api.RateLimiting;

/// <summary>What a limit does when its shared counters cannot be reached (decision 32).</summary>
public enum StoreDownBehaviour
{
    /// <summary>Let the request through: the limit is off until the store is back.</summary>
    Open,

    /// <summary>Refuse the request with a retryable 503 and <see cref="SharedRateLimitOptions.RetryAfterWhenStoreDown"/>.</summary>
    Closed,
}
