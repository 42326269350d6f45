namespace ResumeExport.Application.Exports.Common;

/// <summary>Backpressure on new exports (decision 34): at <see cref="MaxUnfinishedExports"/>, new requests get 503.</summary>
public sealed class RenderBacklogOptions
{
    public const string SectionName = "Backpressure";

    public const string ValidationMessage =
        "Backpressure: MaxUnfinishedExports must be at least 1, RetryAfter between 1 second and 1 hour, DepthCacheDuration between 0 and 1 minute.";

    /// <summary>
    /// Exports queued or processing (all users and formats) at which new exports are refused. The default is roughly ten
    /// minutes of one PDF worker's measured steady rate (docs/performance.md): beyond it a user would wait longer in the
    /// queue than a refusal and a retry cost.
    /// </summary>
    public int MaxUnfinishedExports { get; set; } = 2000;

    /// <summary>The <c>Retry-After</c> of a refusal.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one process reuses a count, so the check costs one query per process per interval, not per request.</summary>
    public TimeSpan DepthCacheDuration { get; set; } = TimeSpan.FromSeconds(1);

    public static bool IsValid(RenderBacklogOptions options) =>
        options.MaxUnfinishedExports >= 1
        && options.RetryAfter >= TimeSpan.FromSeconds(1) && options.RetryAfter <= TimeSpan.FromHours(1)
        && options.DepthCacheDuration >= TimeSpan.Zero && options.DepthCacheDuration <= TimeSpan.FromMinutes(1);
}
