using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Adapters.Messaging.Outbox;

public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Run the relay in this process. Every process that writes outbox rows should.</summary>
    public bool RelayEnabled { get; set; } = true;

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How often to look for rows committed by other replicas (local commits wake the relay at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Pause after a failed publish (e.g. broker down) before the next try.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Sent rows are deleted after this long (kept a while for diagnosis).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);
}
