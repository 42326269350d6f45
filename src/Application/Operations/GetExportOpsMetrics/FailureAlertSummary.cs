namespace ResumeExport.Application.Operations.GetExportOpsMetrics;

/// <param name="Metadata">The figures the alert was raised with (window, finished, failed, ratio, threshold), as stored.</param>
public sealed record FailureAlertSummary(DateTimeOffset RaisedAt, string Metadata);
