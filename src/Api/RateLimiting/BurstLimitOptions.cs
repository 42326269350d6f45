namespace ResumeExport.Api.RateLimiting;

/// <summary>
/// Per-user token buckets on the costliest writes (429 with <c>Retry-After</c>): defaults allow any human pace and stop
/// a script; load tests raise them.
/// </summary>
public sealed class BurstLimitOptions
{
    public const string SectionName = "BurstLimits";

    /// <summary><c>POST /api/resumes/{resumeId}/exports</c>: a dozen at once, then one every 5 s.</summary>
    public TokenBucketSettings ExportEnqueue { get; set; } = new() { TokenLimit = 12, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(5) };

    /// <summary><c>POST /api/applications/bulk</c>: five at once, then one every 20 s.</summary>
    public TokenBucketSettings BulkApply { get; set; } = new() { TokenLimit = 5, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(20) };

    /// <summary>Every write under <c>/api/resumes</c>: 30 at once, then one every 2 s.</summary>
    public TokenBucketSettings ResumeWrites { get; set; } = new() { TokenLimit = 30, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(2) };
}
