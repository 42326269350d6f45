using ResumeExport.Domain.Common;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Requeue;

namespace ResumeExport.Domain.UnitTests.Requeue;

public sealed class RequeuePolicyTests
{
    private const int Max = 3;

    [Test]
    public void A_failed_item_with_a_retryable_code_under_the_cap_may_be_requeued() =>
        Assert.That(RequeuePolicy.Decide(failed: true, ExportErrorCodes.RenderTimeout, retries: Max - 1, Max), Is.EqualTo(RequeueDecision.Allowed));

    [Test]
    public void A_failed_item_without_a_code_may_be_requeued_since_no_retry_is_refused_on_a_guess() =>
        Assert.That(RequeuePolicy.Decide(failed: true, errorCode: null, retries: 0, Max), Is.EqualTo(RequeueDecision.Allowed));

    [Test]
    public void An_item_that_has_not_failed_cannot_be_requeued_whatever_else_holds() =>
        Assert.That(RequeuePolicy.Decide(failed: false, ExportErrorCodes.UploadLimitExceeded, retries: Max, Max), Is.EqualTo(RequeueDecision.NotFailed));

    [TestCase(ExportErrorCodes.UploadLimitExceeded)]
    [TestCase(EmailErrorCodes.SmtpPermanent)]
    public void A_failure_the_same_input_repeats_is_not_retryable_even_with_retries_to_spare(string code) =>
        Assert.That(RequeuePolicy.Decide(failed: true, code, retries: 0, Max), Is.EqualTo(RequeueDecision.NotRetryable));

    [TestCase(Max)]
    [TestCase(Max + 1)]
    public void An_item_requeued_as_often_as_allowed_has_reached_the_cap(int retries) =>
        Assert.That(RequeuePolicy.Decide(failed: true, ExportErrorCodes.RenderFailed, retries, Max), Is.EqualTo(RequeueDecision.RetryCapReached));

    [Test]
    public void An_export_and_an_email_job_answer_from_the_same_policy()
    {
        var export = Export.Request(Guid.NewGuid(), Guid.NewGuid(), PageSize.A4, ExportDelivery.Download, null, DateTimeOffset.UnixEpoch);
        export.StartAttempt();
        export.Fail(ExportErrorCodes.UploadLimitExceeded, "Too big.", DateTimeOffset.UnixEpoch);
        var job = EmailJob.ForFreeTierExport(Guid.NewGuid(), export.Id, "ana@example.com", DateTimeOffset.UnixEpoch);
        job.Fail(EmailErrorCodes.SmtpPermanent, "550 no such mailbox");

        Assert.Multiple(() =>
        {
            Assert.That(export.CheckRequeue(Max), Is.EqualTo(RequeueDecision.NotRetryable));
            Assert.That(job.CheckRequeue(Max), Is.EqualTo(RequeueDecision.NotRetryable));
            Assert.That(() => export.Requeue(Max), Throws.TypeOf<DomainException>().With.Property("Code").EqualTo("failure_not_retryable"));
            Assert.That(() => job.Requeue(Max), Throws.TypeOf<DomainException>().With.Property("Code").EqualTo("failure_not_retryable"));
        });
    }

    [Test]
    public void An_allowed_requeue_counts_the_retry_and_queues_the_export_again()
    {
        var export = Export.Request(Guid.NewGuid(), Guid.NewGuid(), PageSize.A4, ExportDelivery.Download, null, DateTimeOffset.UnixEpoch);
        export.StartAttempt();
        export.Fail(ExportErrorCodes.RenderTimeout, "Timed out.", DateTimeOffset.UnixEpoch);

        export.Requeue(Max);

        Assert.Multiple(() =>
        {
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Queued));
            Assert.That(export.Retries, Is.EqualTo(1));
            Assert.That(export.CheckRequeue(Max), Is.EqualTo(RequeueDecision.NotFailed));
        });
    }
}
