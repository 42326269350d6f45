namespace ResumeExport.Domain.BulkApplies;

/// <summary>Where one application of a bulk apply stands: its e-mail is queued, sent, or failed for good.</summary>
public enum BulkApplicationStatus
{
    Queued,
    Sent,
    Failed,
}
