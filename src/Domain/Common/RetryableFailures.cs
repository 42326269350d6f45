using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Domain.Common;

/// <summary>
/// Only failures the same input must repeat are final; unknown codes are retryable, so a requeue is never refused on
/// a guess (decision 10, docs/api.md#failed-items-and-requeue).
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
