using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Infrastructure.Messaging;

/// <summary>How a consumer retries a failing message before it goes to the error queue (exponential backoff).</summary>
public sealed class MessageRetryOptions
{
    public const string SectionName = "Messaging:Retry";

    [Range(0, 20)]
    public int RetryLimit { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Added to the delay at each further attempt (MassTransit's exponential interval delta).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan DelayDelta { get; set; } = TimeSpan.FromMilliseconds(400);
}
