using ResumeExport.Domain.Common;
using ResumeExport.Domain.Requeue;

namespace ResumeExport.Domain.Emails;

/// <summary>One e-mail from queued to sent or failed; the status prevents sending twice.</summary>
public sealed class EmailJob
{
    public const int ErrorMaxLength = 1000;

    private EmailJob()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public EmailReason Reason { get; private set; }

    public string Recipient { get; private set; } = string.Empty;

    public Guid? ExportId { get; private set; }

    public Guid? BulkApplyId { get; private set; }

    public EmailJobStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public int Retries { get; private set; }

    public string? LastErrorCode { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Set while the job waits for a redelivery after its quick retries (decision 36): when it is tried again.</summary>
    public DateTimeOffset? RetryAt { get; private set; }

    /// <summary>The first failure of the current redelivery window; cleared when the job is sent or requeued.</summary>
    public DateTimeOffset? WaitingSince { get; private set; }

    /// <summary>Redeliveries scheduled in the current window.</summary>
    public int Redeliveries { get; private set; }

    public static EmailJob ForFreeTierExport(Guid userId, Guid exportId, string recipient, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Reason = EmailReason.FreeTierExport,
            Recipient = recipient,
            ExportId = exportId,
            Status = EmailJobStatus.Queued,
            CreatedAt = now,
        };

    public static EmailJob ForBulkApplication(Guid userId, Guid bulkApplyId, Guid exportId, string recipient, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Reason = EmailReason.BulkApply,
            Recipient = recipient,
            ExportId = exportId,
            BulkApplyId = bulkApplyId,
            Status = EmailJobStatus.Queued,
            CreatedAt = now,
        };

    public bool IsPending => Status == EmailJobStatus.Queued;

    public void StartAttempt()
    {
        Attempts++;
        RetryAt = null;
    }

    /// <summary>Out of quick retries with a transient failure: the job stays queued, showing why and when it is tried again.</summary>
    public void WaitForRedelivery(string code, string error, DateTimeOffset waitingSince, DateTimeOffset retryAt)
    {
        RecordAttemptError(code, error);
        WaitingSince = waitingSince;
        RetryAt = retryAt;
        Redeliveries++;
    }

    public void MarkSent(DateTimeOffset now)
    {
        Status = EmailJobStatus.Sent;
        SentAt = now;
        LastErrorCode = null;
        LastError = null;
        RetryAt = null;
        WaitingSince = null;
    }

    public void RecordAttemptError(string code, string error)
    {
        LastErrorCode = code;
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
    }

    public void Fail(string code, string error)
    {
        RecordAttemptError(code, error);
        Status = EmailJobStatus.Failed;
        RetryAt = null;
    }

    /// <summary>Fails a job whose input can no longer arrive (its PDF failed), as one failed attempt.</summary>
    public void FailWithoutSending(string code, string error)
    {
        Attempts++;
        Fail(code, error);
    }

    /// <summary>Whether <see cref="Requeue"/> is allowed (<see cref="RequeuePolicy"/>).</summary>
    public RequeueDecision CheckRequeue(int maxRetries) => RequeuePolicy.Decide(Status == EmailJobStatus.Failed, LastErrorCode, Retries, maxRetries);

    /// <summary>Puts a failed job back in the queue (the caller enforces ownership and the rate limit).</summary>
    public void Requeue(int maxRetries)
    {
        switch (CheckRequeue(maxRetries))
        {
            case RequeueDecision.NotFailed:
                throw new DomainException("email_not_failed", "Only a failed e-mail can be retried.");
            case RequeueDecision.NotRetryable:
                throw new DomainException("failure_not_retryable", $"This e-mail failed with '{LastErrorCode}'; a retry cannot help.");
            case RequeueDecision.RetryCapReached:
                throw new DomainException("retry_cap_reached", $"This e-mail was already retried {Retries} times, the most allowed.");
        }

        Retries++;
        Status = EmailJobStatus.Queued;
        WaitingSince = null; // a requeue by hand starts a new redelivery window
        Redeliveries = 0;
    }
}
