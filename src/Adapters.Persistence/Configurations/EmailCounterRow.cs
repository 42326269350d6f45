namespace ResumeExport.Adapters.Persistence.Configurations;

/// <summary>
/// One durable counter, <c>emailByReason.{reason}.{outcome}</c>: a metric, not a domain fact, so it lives in
/// Persistence only. Bumped with an upsert in the same transaction as the e-mail job's status change.
/// </summary>
internal sealed class EmailCounterRow
{
    public string Reason { get; set; } = string.Empty;

    public string Outcome { get; set; } = string.Empty;

    public long Count { get; set; }
}
