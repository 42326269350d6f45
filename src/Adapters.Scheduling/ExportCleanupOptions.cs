using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Adapters.Scheduling;

/// <summary>Section <c>ExportCleanup</c>, plus the flat <c>EXPORT_CLEANUP_DRY_RUN</c>.</summary>
public sealed class ExportCleanupOptions
{
    public const string SectionName = "ExportCleanup";

    /// <summary>Flat key: <c>true</c> reports what would be deleted and deletes nothing.</summary>
    public const string DryRunKey = "EXPORT_CLEANUP_DRY_RUN";

    public bool Enabled { get; set; } = true;

    /// <summary>Time between runs (the first runs at start-up).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Exports claimed, deleted and marked expired per transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>Set from <see cref="DryRunKey"/> (default false).</summary>
    public bool DryRun { get; set; }

    /// <summary>How long failed exports and e-mail jobs are kept.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan FailedRetention { get; set; } = TimeSpan.FromDays(30);
}
