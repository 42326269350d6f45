namespace ResumeExport.Application.Operations.GetExportOpsMetrics;

/// <summary>Work out of quick retries waiting in PostgreSQL for a redelivery (decision 36).</summary>
/// <param name="Waiting">All of it.</param>
/// <param name="OldestWaitSeconds">Since the first failure of the one waiting longest (0 when none waits).</param>
/// <param name="ByReason">Per kind (export, export_email, bulk_application) and error code.</param>
public sealed record RedeliveryBacklog(long Waiting, double OldestWaitSeconds, IReadOnlyList<WaitingWork> ByReason);
