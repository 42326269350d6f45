namespace ResumeExport.Application.Common.Diagnostics;

/// <summary>Semantic-convention keys where one exists, else <c>resume_export.</c>; dashboards and alerts filter on them.</summary>
public static class MetricAttributes
{
    public const string ErrorType = "error.type";
    public const string QueueName = "messaging.destination.name";
    public const string ExportDelivery = "resume_export.export.delivery";
    public const string ExportStatus = "resume_export.export.status";
    public const string ExportFormat = "resume_export.export.format";
    public const string StorageDriver = "resume_export.storage.driver";
    public const string EmailReason = "resume_export.email.reason";
    public const string BillingProvider = "resume_export.billing.provider";
    public const string WorkKind = "resume_export.work.kind";
    public const string BrowserRecycleReason = "resume_export.chromium.recycle_reason";
}
