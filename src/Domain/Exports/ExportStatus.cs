namespace ResumeExport.Domain.Exports;

public enum ExportStatus
{
    Queued,
    Processing,
    Completed,
    Failed,
    Expired,
}
