using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Adapters.Persistence.RateLimits;

/// <summary>The shared rate-limit counters' own small pool (decision 32), counted in the connection budget (decision 15).</summary>
public sealed class RateLimitStoreOptions
{
    public const string SectionName = "RateLimits:Store";

    public const int DefaultMaxPoolSize = 2;

    /// <summary>
    /// Connections of this process for the counters, beside <c>Database:MaxPoolSize</c>: one round trip of well under a
    /// millisecond each, so two serve thousands of limited requests a second, and a burst never waits behind the app's queries.
    /// </summary>
    [Range(1, 100)]
    public int MaxPoolSize { get; set; } = DefaultMaxPoolSize;
}
