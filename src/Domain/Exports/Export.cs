using ResumeExport.Domain.Common;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Requeue;

namespace ResumeExport.Domain.Exports;

/// <summary>Only a queued or processing export can be rendered, so redelivered messages are harmless.</summary>
public sealed class Export : AggregateRoot
{
    public const int IdempotencyKeyMaxLength = 128;
    public const int ErrorMessageMaxLength = 1000;

    private Export()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid ResumeId { get; private set; }

    /// <summary>The <see cref="Resumes.ResumeVersion"/> this export renders, fixed when requested; null for exports older than versions.</summary>
    public int? ResumeVersion { get; private set; }

    /// <summary>One of <see cref="ExportFormats.All"/>; decides the renderer, the queue and the file's extension.</summary>
    public string Format { get; private set; } = ExportFormats.Pdf;

    public PageSize PageSize { get; private set; }

    public ExportStatus Status { get; private set; }

    public ExportDelivery Delivery { get; private set; }

    public string? StorageDriver { get; private set; }

    public string? StorageKey { get; private set; }

    public long? SizeBytes { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the stored file, computed from the bytes handed to storage; null until completed.</summary>
    public string? FileSha256 { get; private set; }

    /// <summary>
    /// <see cref="RenderKeys.For"/> of what was rendered, so a later export of the same render can reuse the file
    /// (decision 35); null until completed and for exports older than reuse.
    /// </summary>
    public string? RenderKey { get; private set; }

    /// <summary>The export whose stored file this one shares instead of rendering; null when it rendered its own.</summary>
    public Guid? ReusedFromExportId { get; private set; }

    /// <summary>Page 1's PNG beside the PDF, made on first view (decision 22); null for exports predating previews.</summary>
    public string? PreviewStorageKey { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>How many times the owner or an admin requeued it after it failed.</summary>
    public int Retries { get; private set; }

    public string? ErrorCode { get; private set; }

    public string? ErrorMessage { get; private set; }

    public string? IdempotencyKey { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>Set while the export waits for a redelivery after its quick retries (decision 36): when it is tried again.</summary>
    public DateTimeOffset? RetryAt { get; private set; }

    /// <summary>The first failure of the current redelivery window; cleared when the export finishes or is requeued.</summary>
    public DateTimeOffset? WaitingSince { get; private set; }

    /// <summary>Redeliveries scheduled in the current window.</summary>
    public int Redeliveries { get; private set; }

    /// <param name="format">One of <see cref="ExportFormats.All"/>; PDF when omitted.</param>
    /// <param name="resumeVersion">The resume's version to render (its latest when requested); null only for tests of older rows.</param>
    /// <exception cref="DomainException">An unknown format.</exception>
    public static Export Request(
        Guid userId, Guid resumeId, PageSize pageSize, ExportDelivery delivery, string? idempotencyKey, DateTimeOffset now, string format = ExportFormats.Pdf,
        int? resumeVersion = null)
    {
        if (!ExportFormats.IsKnown(format))
        {
            throw new DomainException("unknown_export_format", $"'{format}' is not an export format; expected one of {string.Join(", ", ExportFormats.All)}.");
        }

        return new()
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            ResumeId = resumeId,
            ResumeVersion = resumeVersion,
            Format = format,
            PageSize = pageSize,
            Delivery = delivery,
            Status = ExportStatus.Queued,
            IdempotencyKey = idempotencyKey,
            RequestedAt = now,
        };
    }

    /// <summary>The request fields that differ from this export's, by their API names; empty when the same.</summary>
    public IReadOnlyList<string> DifferencesFrom(Guid resumeId, string format, PageSize pageSize, ExportDelivery delivery)
    {
        var differences = new List<string>(4);
        if (resumeId != ResumeId)
        {
            differences.Add("resumeId");
        }

        if (!string.Equals(format, Format, StringComparison.Ordinal))
        {
            differences.Add("format");
        }

        if (pageSize != PageSize)
        {
            differences.Add("pageSize");
        }

        if (delivery != Delivery)
        {
            differences.Add("delivery");
        }

        return differences;
    }

    /// <summary>False once completed or expired, so a redelivered message is a no-op.</summary>
    public bool CanStartRendering => Status is ExportStatus.Queued or ExportStatus.Processing;

    public void StartAttempt()
    {
        EnsureRenderable();
        Status = ExportStatus.Processing;
        Attempts++;
        RetryAt = null;
    }

    /// <summary>
    /// Out of quick retries with a transient failure: the export goes back to queued, showing why and when it is tried
    /// again (decision 36).
    /// </summary>
    public void WaitForRedelivery(string errorCode, string errorMessage, DateTimeOffset waitingSince, DateTimeOffset retryAt)
    {
        EnsureRenderable();
        RecordAttemptError(errorCode, errorMessage);
        Status = ExportStatus.Queued;
        WaitingSince = waitingSince;
        RetryAt = retryAt;
        Redeliveries++;
    }

    /// <param name="fileSha256">Lower-case hex SHA-256 of the bytes stored; the e-mail worker checks attachments against it.</param>
    /// <param name="renderKey"><see cref="RenderKeys.For"/> of what was rendered; null when the render cannot be reused.</param>
    public void Complete(
        string storageDriver, string storageKey, long sizeBytes, int retentionDays, DateTimeOffset now, string? previewStorageKey = null, string? fileSha256 = null,
        string? renderKey = null)
    {
        EnsureRenderable();
        RenderKey = renderKey;
        ReusedFromExportId = null;
        Finish(storageDriver, storageKey, sizeBytes, fileSha256, previewStorageKey, retentionDays, now);
    }

    /// <summary>
    /// Completes with <paramref name="source"/>'s stored file instead of a render of its own: same file, hash and size,
    /// its own expiry, its own preview and the same follow-ups (<see cref="ExportCompleted"/>) as a rendered export.
    /// </summary>
    /// <param name="previewStorageKey">This export's own preview (drawn on first view), never the source's.</param>
    /// <exception cref="DomainException"><see cref="FileReusePolicy"/> does not allow the reuse.</exception>
    public void CompleteWithFileOf(Export source, string renderKey, string storageDriver, int retentionDays, DateTimeOffset now, string? previewStorageKey)
    {
        EnsureRenderable();
        var decision = FileReusePolicy.Decide(this, renderKey, source, storageDriver, now);
        if (decision != FileReuseDecision.Reuse)
        {
            throw new DomainException("export_file_not_reusable", $"Export {source.Id}'s file cannot be reused for export {Id} ({decision}).");
        }

        RenderKey = renderKey;
        ReusedFromExportId = source.Id;
        Finish(source.StorageDriver!, source.StorageKey!, source.SizeBytes ?? 0, source.FileSha256, previewStorageKey, retentionDays, now);
    }

    public void Fail(string errorCode, string errorMessage, DateTimeOffset now)
    {
        EnsureRenderable();
        Status = ExportStatus.Failed;
        RetryAt = null;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage.Length > ErrorMessageMaxLength ? errorMessage[..ErrorMessageMaxLength] : errorMessage;
        CompletedAt = now;
        RaiseDomainEvent(new ExportFailed(Id, UserId, ErrorCode, now));
    }

    /// <summary>Records why the last attempt failed while retries continue (the export stays processing).</summary>
    public void RecordAttemptError(string errorCode, string errorMessage)
    {
        ErrorCode = errorCode;
        ErrorMessage = errorMessage.Length > ErrorMessageMaxLength ? errorMessage[..ErrorMessageMaxLength] : errorMessage;
    }

    /// <summary>Whether <see cref="Requeue"/> is allowed (<see cref="RequeuePolicy"/>).</summary>
    public RequeueDecision CheckRequeue(int maxRetries) => RequeuePolicy.Decide(Status == ExportStatus.Failed, ErrorCode, Retries, maxRetries);

    /// <summary>Puts a failed export back in the queue (the caller enforces ownership and the rate limit).</summary>
    public void Requeue(int maxRetries)
    {
        switch (CheckRequeue(maxRetries))
        {
            case RequeueDecision.NotFailed:
                throw new DomainException("export_not_failed", "Only a failed export can be retried.");
            case RequeueDecision.NotRetryable:
                throw new DomainException("failure_not_retryable", $"This export failed with '{ErrorCode}'; a retry cannot help.");
            case RequeueDecision.RetryCapReached:
                throw new DomainException("retry_cap_reached", $"This export was already retried {Retries} times, the most allowed.");
        }

        Retries++;
        Status = ExportStatus.Queued;
        CompletedAt = null;
        WaitingSince = null; // a requeue by hand starts a new redelivery window
        Redeliveries = 0;
    }

    public void Expire()
    {
        if (Status != ExportStatus.Completed)
        {
            throw new DomainException("export_not_completed", "Only a completed export can expire.");
        }

        Status = ExportStatus.Expired;
    }

    private void Finish(
        string storageDriver, string storageKey, long sizeBytes, string? fileSha256, string? previewStorageKey, int retentionDays, DateTimeOffset now)
    {
        Status = ExportStatus.Completed;
        StorageDriver = storageDriver;
        StorageKey = storageKey;
        SizeBytes = sizeBytes;
        FileSha256 = fileSha256;
        PreviewStorageKey = previewStorageKey;
        CompletedAt = now;
        ExpiresAt = now.AddDays(retentionDays);
        ErrorCode = null;
        ErrorMessage = null;
        RetryAt = null;
        WaitingSince = null;
        RaiseDomainEvent(new ExportCompleted(Id, UserId, Delivery, now));
    }

    private void EnsureRenderable()
    {
        if (!CanStartRendering)
        {
            throw new DomainException("export_not_renderable", $"Export {Id} is {Status}; it cannot be rendered again.");
        }
    }
}
