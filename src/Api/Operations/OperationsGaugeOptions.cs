using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Api.Operations;

public sealed class OperationsGaugeOptions
{
    public const string SectionName = "Metrics";

    /// <summary>How often the gauges re-read PostgreSQL and RabbitMQ; exports in between report the cached figures.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan GaugeRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
