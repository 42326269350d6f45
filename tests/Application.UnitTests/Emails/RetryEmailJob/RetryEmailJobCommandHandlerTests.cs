using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Emails;
using ResumeExport.Application.Emails.RetryEmailJob;
using ResumeExport.Application.Requeue;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Contracts;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.UnitTests.Emails.RetryEmailJob;

/// <remarks>The rules themselves are <c>RequeuePolicy</c>'s (its own tests); these check the handler maps each answer.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class RetryEmailJobCommandHandlerTests
{
    private const int Max = 1;

    private readonly Guid ownerId = Guid.NewGuid();
    private readonly InMemoryEmailJobRepository jobs = new();
    private readonly RecordingMessageOutbox outbox = new();
    private readonly CountingUnitOfWork unitOfWork = new();
    private readonly FakeCurrentUser currentUser = new();

    [SetUp]
    public void SetUp() => currentUser.UserId = ownerId;

    [Test]
    public async Task A_failed_bulk_application_goes_back_to_its_queue_with_its_send_message()
    {
        var job = Failed(EmailJob.ForBulkApplication(ownerId, Guid.NewGuid(), Guid.NewGuid(), "hr@acme.example", TestClock.Now), EmailErrorCodes.SmtpTransient);

        await Handle(job.Id);

        Assert.Multiple(() =>
        {
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Queued));
            Assert.That(outbox.Messages, Is.EqualTo(new object[] { new SendBulkApplication(job.Id, job.BulkApplyId!.Value, ownerId) }));
            Assert.That(unitOfWork.SaveCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_queued_email_is_refused_as_not_failed()
    {
        var job = EmailJob.ForFreeTierExport(ownerId, Guid.NewGuid(), "ana@example.com", TestClock.Now);
        jobs.Seed(job);

        AssertRefused(job, ConflictCodes.EmailNotFailed);
    }

    [Test]
    public void A_permanent_smtp_refusal_is_refused_as_not_retryable() =>
        AssertRefused(Failed(EmailJob.ForFreeTierExport(ownerId, Guid.NewGuid(), "ana@example.com", TestClock.Now), EmailErrorCodes.SmtpPermanent), ConflictCodes.NotRetryable);

    [Test]
    public async Task An_email_retried_as_often_as_allowed_is_refused_at_the_cap()
    {
        var job = Failed(EmailJob.ForFreeTierExport(ownerId, Guid.NewGuid(), "ana@example.com", TestClock.Now), EmailErrorCodes.SmtpTransient);
        await Handle(job.Id);
        job.Fail(EmailErrorCodes.SmtpTransient, "Connection reset.");

        AssertRefused(job, ConflictCodes.RetryCapReached);
    }

    private void AssertRefused(EmailJob job, string code)
    {
        var sentBefore = outbox.Messages.Count;

        var thrown = Assert.ThrowsAsync<ConflictException>(() => Handle(job.Id));

        Assert.Multiple(() =>
        {
            Assert.That(thrown!.Code, Is.EqualTo(code));
            Assert.That(outbox.Messages, Has.Count.EqualTo(sentBefore), "no message for the refusal");
        });
    }

    private EmailJob Failed(EmailJob job, string code)
    {
        job.Fail(code, "It failed.");
        jobs.Seed(job);
        return job;
    }

    private Task<EmailJobResponse> Handle(Guid jobId) =>
        new RetryEmailJobCommandHandler(currentUser, jobs, outbox, unitOfWork, Options.Create(new RequeueOptions { MaxRetriesPerItem = Max }))
            .Handle(new RetryEmailJobCommand(jobId), CancellationToken.None).AsTask();
}
