namespace ResumeExport.Application.Operations.GetExportOpsMetrics;

/// <param name="Kind">export, export_email or bulk_application.</param>
/// <param name="Reason">The error code of the last failure.</param>
public sealed record WaitingWork(string Kind, string Reason, long Count, double OldestWaitSeconds);
