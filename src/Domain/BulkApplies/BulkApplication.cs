namespace ResumeExport.Domain.BulkApplies;

/// <summary>One job application of a bulk apply: one e-mail to one recruiter, tracked by its e-mail job.</summary>
public sealed class BulkApplication
{
    private BulkApplication()
    {
    }

    public Guid Id { get; private set; }

    public Guid BulkApplyId { get; private set; }

    /// <summary>Position in the request, so the per-application status comes back in the order it was sent.</summary>
    public int Ordinal { get; private set; }

    public string Company { get; private set; } = string.Empty;

    /// <summary>The job applied for.</summary>
    public string Position { get; private set; } = string.Empty;

    public string RecipientEmail { get; private set; } = string.Empty;

    public string? Message { get; private set; }

    public Guid EmailJobId { get; private set; }

    public BulkApplicationStatus Status { get; private set; }

    /// <summary>The export whose file was attached, once sent.</summary>
    public Guid? SentExportId { get; private set; }

    /// <summary>The resume version that file shows, once sent (null when the export predates versions).</summary>
    public int? SentResumeVersion { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the bytes attached, once sent.</summary>
    public string? SentFileSha256 { get; private set; }

    internal static BulkApplication Create(
        Guid bulkApplyId, int ordinal, string company, string position, string recipientEmail, string? message, Guid emailJobId, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            BulkApplyId = bulkApplyId,
            Ordinal = ordinal,
            Company = company,
            Position = position,
            RecipientEmail = recipientEmail,
            Message = message,
            EmailJobId = emailJobId,
            Status = BulkApplicationStatus.Queued,
        };

    public void MarkSent() => Status = BulkApplicationStatus.Sent;

    /// <summary>Records what went to the recipient: the export, its resume version and the hash of the attached bytes.</summary>
    public void RecordAttachment(Guid exportId, int? resumeVersion, string fileSha256)
    {
        SentExportId = exportId;
        SentResumeVersion = resumeVersion;
        SentFileSha256 = fileSha256;
    }

    public void MarkFailed() => Status = BulkApplicationStatus.Failed;

    /// <summary>The owner requeued the failed e-mail.</summary>
    public void MarkQueued() => Status = BulkApplicationStatus.Queued;
}
