using ResumeExport.Domain.Common;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Domain.UnitTests.Common;

public sealed class RetryableFailuresTests
{
    [TestCase(ExportErrorCodes.UploadLimitExceeded)]
    [TestCase(ExportErrorCodes.ResumeMissing)]
    [TestCase(EmailErrorCodes.SmtpPermanent)]
    [TestCase(EmailErrorCodes.MailboxUnavailable)]
    [TestCase(EmailErrorCodes.ExportUnavailable)]
    [TestCase(EmailErrorCodes.ExportFileMissing)]
    [TestCase(EmailErrorCodes.BulkApplyMissing)]
    public void A_failure_that_the_same_input_repeats_is_not_retryable(string code) =>
        Assert.That(RetryableFailures.IsRetryable(code), Is.False);

    [TestCase(ExportErrorCodes.RenderFailed)]
    [TestCase(ExportErrorCodes.RenderTimeout)]
    [TestCase(ExportErrorCodes.StorageFailed)]
    [TestCase(EmailErrorCodes.SmtpTransient)]
    [TestCase(EmailErrorCodes.ExportNotReady)]
    [TestCase(EmailErrorCodes.ExportFailed)]
    public void A_failure_a_second_try_may_cure_is_retryable(string code) =>
        Assert.That(RetryableFailures.IsRetryable(code), Is.True);

    [TestCase(null)]
    [TestCase("a_code_added_later")]
    public void An_unknown_or_missing_code_is_retryable_so_no_retry_is_refused_on_a_guess(string? code) =>
        Assert.That(RetryableFailures.IsRetryable(code), Is.True);
}
