using Microsoft.Extensions.Logging.Abstractions;
using ResumeExport.Application.Common.Ports.Email;
using ResumeExport.Application.Emails.Common;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.UnitTests.Emails.Common;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class EmailJobRunnerTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private readonly CountingUnitOfWork unitOfWork = new();
    private readonly InMemoryEmailCounters counters = new();
    private readonly RecordingEmailSender sender = new();
    private readonly List<EmailJobStatus> finished = [];
    private readonly EmailMessage message = new("ana@example.com", null, "Subject", "Text", "<p>Text</p>", []);
    private readonly EmailJob job = EmailJob.ForFreeTierExport(Guid.NewGuid(), Guid.NewGuid(), "ana@example.com", Now.AddMinutes(-5));
    private int composed;

    [SetUp]
    public void SetUp() => counters.TransactionProbe = () => unitOfWork.IsInTransaction;

    [Test]
    public async Task A_sent_job_is_skipped_without_composing_sending_or_saving()
    {
        job.MarkSent(Now.AddMinutes(-1));

        var outcome = await Run();

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Skipped));
            Assert.That(job.Attempts, Is.Zero);
            Assert.That(composed, Is.Zero);
            Assert.That(sender.Sent, Is.Empty);
            Assert.That(unitOfWork.SaveCount, Is.Zero);
            Assert.That(finished, Is.Empty);
        });
    }

    [Test]
    public async Task A_failed_job_is_skipped_too()
    {
        job.Fail(EmailErrorCodes.SmtpPermanent, "Refused.");

        var outcome = await Run();

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Skipped));
            Assert.That(sender.Sent, Is.Empty);
        });
    }

    [Test]
    public async Task Every_attempt_of_a_job_carries_the_job_id_so_the_mail_keeps_one_Message_ID()
    {
        await Run();

        Assert.That(sender.Sent.Single().JobId, Is.EqualTo(job.Id));
    }

    [Test]
    public async Task A_queued_job_is_sent_marked_sent_and_counted_in_one_transaction()
    {
        var outcome = await Run();

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Sent));
            Assert.That(sender.Sent, Is.EqualTo(new[] { message with { JobId = job.Id } }));
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Sent));
            Assert.That(job.SentAt, Is.EqualTo(Now));
            Assert.That(job.Attempts, Is.EqualTo(1));
            Assert.That(counters[EmailReason.FreeTierExport, EmailJobStatus.Sent], Is.EqualTo(1));
            Assert.That(counters.IncrementedInTransaction, Is.EqualTo(new[] { true }));
            Assert.That(finished, Is.EqualTo(new[] { EmailJobStatus.Sent }));
            Assert.That(unitOfWork.TransactionCount, Is.EqualTo(1));
            Assert.That(unitOfWork.SaveCount, Is.EqualTo(2), "the attempt, then the outcome");
        });
    }

    [Test]
    public void A_transient_failure_before_the_last_attempt_is_recorded_and_rethrown_and_the_job_stays_queued()
    {
        var failure = new EmailSendingException(EmailErrorCodes.SmtpTransient, "421 try later", transient: true);
        sender.Failure = failure;

        var thrown = Assert.ThrowsAsync<EmailSendingException>(() => Run(isLastAttempt: false));

        Assert.Multiple(() =>
        {
            Assert.That(thrown, Is.SameAs(failure));
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Queued));
            Assert.That(job.IsPending, Is.True);
            Assert.That(job.Attempts, Is.EqualTo(1));
            Assert.That(job.LastErrorCode, Is.EqualTo(EmailErrorCodes.SmtpTransient));
            Assert.That(job.LastError, Is.EqualTo("421 try later"));
            Assert.That(counters.IncrementedInTransaction, Is.Empty);
            Assert.That(finished, Is.Empty);
            Assert.That(unitOfWork.SaveCount, Is.EqualTo(2));
        });
    }

    [Test]
    public void A_transient_failure_on_the_last_attempt_fails_the_job_counts_it_and_is_rethrown()
    {
        var failure = new EmailSendingException(EmailErrorCodes.SmtpTransient, "421 try later", transient: true);
        sender.Failure = failure;

        var thrown = Assert.ThrowsAsync<EmailSendingException>(() => Run(isLastAttempt: true));

        Assert.Multiple(() =>
        {
            Assert.That(thrown, Is.SameAs(failure));
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Failed));
            Assert.That(job.LastErrorCode, Is.EqualTo(EmailErrorCodes.SmtpTransient));
            Assert.That(counters[EmailReason.FreeTierExport, EmailJobStatus.Failed], Is.EqualTo(1));
            Assert.That(counters.IncrementedInTransaction, Is.EqualTo(new[] { true }));
            Assert.That(finished, Is.EqualTo(new[] { EmailJobStatus.Failed }));
        });
    }

    [Test]
    public async Task A_permanent_failure_fails_the_job_at_once_without_rethrowing()
    {
        sender.Failure = new EmailSendingException(EmailErrorCodes.MailboxUnavailable, "550 no such user", transient: false);

        var outcome = await Run(isLastAttempt: false);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Failed));
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Failed));
            Assert.That(job.LastErrorCode, Is.EqualTo(EmailErrorCodes.MailboxUnavailable));
            Assert.That(counters[EmailReason.FreeTierExport, EmailJobStatus.Failed], Is.EqualTo(1));
            Assert.That(counters[EmailReason.FreeTierExport, EmailJobStatus.Sent], Is.Zero);
            Assert.That(finished, Is.EqualTo(new[] { EmailJobStatus.Failed }));
        });
    }

    [Test]
    public async Task A_message_that_cannot_be_composed_fails_like_a_send_failure_and_nothing_is_sent()
    {
        var outcome = await new EmailJobRunner(unitOfWork, counters, sender, TestClock.At(Now), NullLogger.Instance, TestRedelivery.Off(TestClock.At(Now)), new RecordingRedeliveryScheduler()).RunAsync(
            job,
            isLastAttempt: false,
            _ => throw new ExportPipelineException(EmailErrorCodes.ExportUnavailable, "Gone.", transient: false),
            finished.Add,
            new object(),
            CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Failed));
            Assert.That(sender.Sent, Is.Empty);
            Assert.That(job.LastErrorCode, Is.EqualTo(EmailErrorCodes.ExportUnavailable));
        });
    }

    [Test]
    public async Task A_redelivery_after_a_send_is_skipped_so_the_mail_goes_out_once()
    {
        await Run();

        var again = await Run();

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(EmailJobOutcome.Skipped));
            Assert.That(sender.Sent, Has.Count.EqualTo(1));
            Assert.That(counters[EmailReason.FreeTierExport, EmailJobStatus.Sent], Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_sent_mail_whose_record_fails_is_recorded_again_once_the_database_is_back_without_sending_it_again()
    {
        var clock = TestClock.At(Now);
        unitOfWork.FailSavesInTransaction = new InvalidOperationException("PostgreSQL is restarting.");

        // The fakes complete synchronously: when Run returns its task, the record has failed once and waits to retry.
        var running = Run(clock: clock);
        var sentWhileDown = sender.Sent.Count;
        unitOfWork.FailSavesInTransaction = null;
        clock.Advance(TimeSpan.FromSeconds(1));
        var outcome = await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Multiple(() =>
        {
            Assert.That(sentWhileDown, Is.EqualTo(1));
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Sent));
            Assert.That(sender.Sent, Has.Count.EqualTo(1), "sent once: only the record was retried");
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Sent));
            Assert.That(unitOfWork.TransactionCount, Is.EqualTo(2), "the failed record, then the one that committed");
        });
    }

    private Task<EmailJobOutcome> Run(bool isLastAttempt = false, Microsoft.Extensions.Time.Testing.FakeTimeProvider? clock = null) =>
        new EmailJobRunner(unitOfWork, counters, sender, clock ?? TestClock.At(Now), NullLogger.Instance, TestRedelivery.Off(TestClock.At(Now)), new RecordingRedeliveryScheduler()).RunAsync(
            job,
            isLastAttempt,
            _ =>
            {
                composed++;
                return Task.FromResult(message);
            },
            finished.Add,
            new object(),
            CancellationToken.None);
}
