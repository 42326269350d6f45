using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.BulkApplies.Common;

/// <param name="Status"><c>queued</c>, <c>sent</c> or <c>failed</c>.</param>
/// <param name="Attempts">Delivery attempts so far, when loaded.</param>
/// <param name="ErrorCode">Why the last attempt failed, if it did.</param>
/// <param name="ExportId">Once sent: the export whose file was attached.</param>
/// <param name="ResumeVersion">Once sent: the resume version that file shows.</param>
/// <param name="Sha256">Once sent: lower-case hex SHA-256 of the bytes attached, as the e-mail worker read and checked them.</param>
public sealed record BulkApplicationResponse(
    Guid Id, string Company, string Position, string RecipientEmail, string? Message, Guid EmailJobId, string Status,
    int? Attempts = null, string? ErrorCode = null, Guid? ExportId = null, int? ResumeVersion = null, string? Sha256 = null)
{
    public static BulkApplicationResponse From(BulkApplication application) => new(
        application.Id,
        application.Company,
        application.Position,
        application.RecipientEmail,
        application.Message,
        application.EmailJobId,
        application.Status.ToString().ToLowerInvariant(),
        ExportId: application.SentExportId,
        ResumeVersion: application.SentResumeVersion,
        Sha256: application.SentFileSha256);

    public BulkApplicationResponse WithJob(EmailJob? job) =>
        job is null ? this : this with { Attempts = job.Attempts, ErrorCode = job.LastErrorCode };
}
