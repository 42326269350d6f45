namespace ResumeExport.Domain.SystemLogs;

/// <summary>The actions written to SystemLog. Daily limits count some of them; the names are stable (operators query them).</summary>
public static class SystemLogActions
{
    public const string ResumeCreated = "resume_created";
    public const string ResumeDeleted = "resume_deleted";
    public const string ExportRequested = "export_requested";
    public const string ExportStored = "export_stored";
    public const string BulkApply = "bulk_apply";
    public const string PlanChanged = "plan_changed";
    public const string ExportFailureAlert = "export_failure_alert";
}
