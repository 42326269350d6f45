using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Domain.Common;

/// <summary>
/// Whether requeueing a failed export or e-mail can help, from its error code (docs/api.md#failed-items-and-requeue). A failure
/// is not retryable when the same input is certain to fail the same way: the PDF is over the plan's upload allowance,
/// the resume, the bulk apply, the export or its stored file is gone (or expired), or the SMTP server refused the message or the mailbox
/// for good (5xx). Everything else (timeouts, a crashed renderer, storage or SMTP outages, an export that failed and
/// may since have been requeued) may well work on a second try, and so does a code this policy does not know yet: a
/// retry is never refused on a guess.
/// </summary>
public static class RetryableFailures
{
    private static readonly HashSet<string> Permanent = new(StringComparer.Ordinal)
    {
        ExportErrorCodes.UploadLimitExceeded,
        ExportErrorCodes.ResumeMissing,
        EmailErrorCodes.SmtpPermanent,
        EmailErrorCodes.MailboxUnavailable,
        EmailErrorCodes.ExportUnavailable,
        EmailErrorCodes.ExportFileMissing,
        EmailErrorCodes.BulkApplyMissing,
    };

    public static bool IsRetryable(string? errorCode) => errorCode is null || !Permanent.Contains(errorCode);
}
