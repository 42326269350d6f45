using ResumeExport.Application.Users;
using ResumeExport.Domain.Common;
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
    /// <summary>Failed e-mails only: whether a requeue can help (<see cref="RetryableFailures"/>).</summary>
    public bool? Retryable { get; init; }

    /// <summary>On the failed list only: whose e-mail it is.</summary>
    public OwnerResponse? Owner { get; init; }

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
        job.SentAt)
    {
        Retryable = job.Status == EmailJobStatus.Failed ? RetryableFailures.IsRetryable(job.LastErrorCode) : null,
    };
}
