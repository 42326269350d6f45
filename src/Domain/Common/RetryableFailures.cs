using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Domain.Common;

/// <summary>
/// Whether requeueing a failed item can help (docs/api.md#failed-items-and-requeue): only failures the same input is
/// certain to repeat are final; an unknown code is retryable, so a retry is never refused on a guess (decision 10).
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
