namespace ResumeExport.Domain.Emails;

public enum EmailJobStatus
{
    Queued,
    Sent,
    Failed,
}
