using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Api.Operations;

public sealed class OperationsGaugeOptions
{
    public const string SectionName = "Metrics";

    /// <summary>
    /// How often the gauges (exports by status, queue and dead-letter depths, outbox backlog and lag, webhook dead letters)
    /// re-read PostgreSQL and the RabbitMQ management API; metric exports in between report the cached figures.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan GaugeRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
