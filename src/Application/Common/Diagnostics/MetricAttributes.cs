namespace ResumeExport.Application.Common.Diagnostics;

/// <summary>
/// Attribute keys of our metrics: the semantic-convention ones where a convention exists (<c>error.type</c>,
/// <c>messaging.destination.name</c>), ours under <c>resume_export.</c> otherwise. Dashboards and alerts filter on them.
/// </summary>
public static class MetricAttributes
{
    public const string ErrorType = "error.type";
    public const string QueueName = "messaging.destination.name";
    public const string ExportDelivery = "resume_export.export.delivery";
    public const string ExportStatus = "resume_export.export.status";
    public const string StorageDriver = "resume_export.storage.driver";
    public const string EmailReason = "resume_export.email.reason";
    public const string BillingProvider = "resume_export.billing.provider";
}
