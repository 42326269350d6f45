namespace ResumeExport.Adapters.Persistence.Configurations;

/// <summary>A metric, not a domain fact, so it lives in Persistence only.</summary>
internal sealed class EmailCounterRow
{
    public string Reason { get; set; } = string.Empty;

    public string Outcome { get; set; } = string.Empty;

    public long Count { get; set; }
}
