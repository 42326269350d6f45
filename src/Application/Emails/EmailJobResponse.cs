using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.Emails;

public sealed record EmailJobResponse(
    Guid JobId,
    string Reason,
    string Recipient,
    Guid? ExportId,
    Guid? BulkApplyId,
    string Status,
    int Attempts,
    int Retries,
    string? ErrorCode,
    string? ErrorMessage,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt)
{
    public static EmailJobResponse From(EmailJob job) => new(
        job.Id,
        job.Reason == EmailReason.FreeTierExport ? "freeTierExport" : "bulkApply",
        job.Recipient,
        job.ExportId,
        job.BulkApplyId,
        job.Status.ToString().ToLowerInvariant(),
        job.Attempts,
        job.Retries,
        job.LastErrorCode,
        job.LastError,
        job.CreatedAt,
        job.SentAt);
}
