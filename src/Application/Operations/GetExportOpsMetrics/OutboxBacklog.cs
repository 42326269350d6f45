namespace ResumeExport.Application.Operations.GetExportOpsMetrics;

/// <param name="Pending">Messages committed with their rows but not yet published to RabbitMQ.</param>
/// <param name="LagSeconds">Age of the oldest of them (0 when none is pending): how late the relay is.</param>
public sealed record OutboxBacklog(long Pending, double LagSeconds);
