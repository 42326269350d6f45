using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Adapters.Scheduling;

/// <summary>Section <c>SessionPurge</c> (docs/decisions/0041-revoked-sessions-and-session-purge.md).</summary>
public sealed class SessionPurgeOptions
{
    public const string SectionName = "SessionPurge";

    public bool Enabled { get; set; } = true;

    /// <summary>Time between runs (the first runs at start-up).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long an ended session's tokens are kept. At least an hour, the longest access-token lifetime: the API's
    /// revoked-session list is read from these rows, so a revoked session must outlive every access token it issued.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Sessions deleted per statement; a run repeats while batches come back non-empty.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 1_000;
}
