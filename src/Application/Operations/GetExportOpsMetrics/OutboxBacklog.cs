namespace ResumeExport.Application.Operations.GetExportOpsMetrics;

/// <param name="Pending">Committed but not yet published.</param>
/// <param name="LagSeconds">Age of the oldest pending message (0 when none): how late the relay is.</param>
public sealed record OutboxBacklog(long Pending, double LagSeconds);
