namespace ResumeExport.Api.RateLimiting;

/// <summary>How every limit of the API uses the counters the replicas share (decision 32).</summary>
public sealed class SharedRateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>The longest a request waits for its counter before the limit counts as down.</summary>
    public TimeSpan StoreTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The <c>Retry-After</c> of a request refused because a fail-closed limit's store is down.</summary>
    public TimeSpan RetryAfterWhenStoreDown { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often each replica deletes counters that are back at a fresh state.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>For a policy not named in <see cref="WhenStoreDown"/>: burst limits fail open (the plan's daily limits still hold).</summary>
    public StoreDownBehaviour DefaultWhenStoreDown { get; set; } = StoreDownBehaviour.Open;

    /// <summary>
    /// Per policy name (<see cref="RateLimitPolicies"/>). Sign-in fails closed, per IP and per account: a guessing script
    /// must not get an unlimited window whenever the database blinks, and sign-in needs the database anyway.
    /// </summary>
    public Dictionary<string, StoreDownBehaviour> WhenStoreDown { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [RateLimitPolicies.Auth] = StoreDownBehaviour.Closed,
        [RateLimitPolicies.LoginAccount] = StoreDownBehaviour.Closed,
    };

    public StoreDownBehaviour For(string policy) => WhenStoreDown.TryGetValue(policy, out var behaviour) ? behaviour : DefaultWhenStoreDown;
}
