namespace ResumeExport.Adapters.Persistence.Notifications;

/// <summary>
/// The PostgreSQL channel a trigger on <c>exports.status</c> notifies with the export's id (migration
/// ExportStatusNotifications); NOTIFY is transactional, so listeners hear only committed changes.
/// </summary>
internal static class ExportStatusChannel
{
    public const string Name = "export_status";
}
