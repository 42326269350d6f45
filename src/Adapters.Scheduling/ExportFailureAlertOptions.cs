using System.ComponentModel.DataAnnotations;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Adapters.Scheduling;

/// <summary>Section <c>ExportFailureAlerts</c> (docs/api.md#failure-alerts).</summary>
public sealed class ExportFailureAlertOptions
{
    public const string SectionName = "ExportFailureAlerts";

    public bool Enabled { get; set; } = true;

    /// <summary>The sliding window the finished and failed exports are counted over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>No alert unless at least this many exports finished in the window.</summary>
    [Range(1, 1_000_000)]
    public int MinEvents { get; set; } = 10;

    /// <summary>Alert when failed / finished reaches this (0 &lt; ratio ≤ 1).</summary>
    [Range(0.000001, 1.0)]
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>At most one alert per cooldown, across all replicas.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan Cooldown { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Time between checks (the first runs at start-up).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    public FailureAlertThresholds Thresholds => new(Window, MinEvents, FailureRatio, Cooldown);
}
