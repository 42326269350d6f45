namespace ResumeExport.Domain.SystemLogs;

/// <summary>Stable names: daily limits count some, operators query them.</summary>
public static class SystemLogActions
{
    public const string ResumeCreated = "resume_created";
    public const string ResumeDeleted = "resume_deleted";
    public const string ExportRequested = "export_requested";
    public const string ExportStored = "export_stored";

    /// <summary>An export completed with an earlier export's file (decision 35); it stored no bytes, so its quantity is 0.</summary>
    public const string ExportReused = "export_reused";
    public const string BulkApply = "bulk_apply";
    public const string PlanChanged = "plan_changed";
    public const string ExportFailureAlert = "export_failure_alert";
}
