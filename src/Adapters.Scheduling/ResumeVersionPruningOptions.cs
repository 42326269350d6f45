using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Adapters.Scheduling;

/// <summary>Section <c>ResumeVersionPruning</c> (docs/api.md#versions).</summary>
public sealed class ResumeVersionPruningOptions
{
    public const string SectionName = "ResumeVersionPruning";

    public bool Enabled { get; set; } = true;

    /// <summary>Time between runs (the first runs at start-up).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Resumes claimed and pruned per transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;
}
