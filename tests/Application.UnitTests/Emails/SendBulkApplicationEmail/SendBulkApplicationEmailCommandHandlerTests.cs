using Microsoft.Extensions.Logging.Abstractions;
using ResumeExport.Application.Common.Ports.Email;
using ResumeExport.Application.Emails.Common;
using ResumeExport.Application.Emails.SendBulkApplicationEmail;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Emails.SendBulkApplicationEmail;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SendBulkApplicationEmailCommandHandlerTests
{
    private const string Recruiter = "hr@acme.example";
    private static readonly DateTimeOffset Now = TestClock.Now;
    private static readonly byte[] Pdf = [0x25, 0x50, 0x44, 0x46];

    private readonly InMemoryEmailJobRepository jobs = new();
    private readonly InMemoryBulkApplyRepository bulkApplies = new();
    private readonly InMemoryExportRepository exports = new();
    private readonly InMemoryResumeRepository resumes = new();
    private readonly InMemoryUserRepository users = new();
    private readonly InMemoryExportStorage storage = new();
    private readonly RecordingEmailSender sender = new();
    private readonly InMemoryEmailCounters counters = new();
    private readonly CountingUnitOfWork unitOfWork = new();
    private User ana = null!;
    private Resume resume = null!;
    private EmailJob job = null!;
    private BulkApplication application = null!;

    [SetUp]
    public void SetUp()
    {
        ana = TestUsers.Ana();
        users.Seed(ana);
        resume = TestResumes.For(ana.Id, title: "Backend engineer");
        resumes.Seed(resume);
    }

    [Test]
    public async Task Sends_the_application_to_the_recruiter_replying_to_the_applicant_with_the_pdf_attached()
    {
        Arrange(TestExports.Completed(ana.Id, resume.Id), message: "  Hello Acme, here is my CV.  ");

        var outcome = await Handle();

        var mail = sender.Sent.Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Sent));
            Assert.That(mail.To, Is.EqualTo(Recruiter));
            Assert.That(mail.ReplyTo, Is.EqualTo(ana.Email));
            Assert.That(mail.Subject, Is.EqualTo("Application: Backend Engineer — Ana"));
            Assert.That(mail.TextBody, Does.StartWith("Hello Acme, here is my CV.\n\n-- \nAna\n"));
            Assert.That(mail.Attachments.Single().FileName, Is.EqualTo("Backend engineer.pdf"));
            Assert.That(mail.Attachments.Single().Content.ToArray(), Is.EqualTo(Pdf));
            Assert.That(application.Status, Is.EqualTo(BulkApplicationStatus.Sent));
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Sent));
            Assert.That(counters[EmailReason.BulkApply, EmailJobStatus.Sent], Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Without_a_message_the_mail_opens_with_a_short_greeting_naming_company_and_position()
    {
        Arrange(TestExports.Completed(ana.Id, resume.Id), message: null);

        await Handle();

        Assert.That(sender.Sent.Single().TextBody, Does.StartWith("Dear Acme team,\n\nplease find attached my resume for the Backend Engineer position."));
    }

    [Test]
    public void While_the_export_is_still_rendering_the_attempt_fails_transiently_with_export_not_ready()
    {
        Arrange(TestExports.Processing(ana.Id, resume.Id));

        var error = Assert.ThrowsAsync<ExportPipelineException>(() => Handle(isLastAttempt: false));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(EmailErrorCodes.ExportNotReady));
            Assert.That(error.Transient, Is.True);
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Queued));
            Assert.That(job.LastErrorCode, Is.EqualTo(EmailErrorCodes.ExportNotReady));
            Assert.That(application.Status, Is.EqualTo(BulkApplicationStatus.Queued));
            Assert.That(sender.Sent, Is.Empty);
        });
    }

    [Test]
    public void On_the_last_attempt_an_export_still_rendering_fails_the_job_and_the_application()
    {
        Arrange(TestExports.Queued(ana.Id, resume.Id));

        var error = Assert.ThrowsAsync<ExportPipelineException>(() => Handle(isLastAttempt: true));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(EmailErrorCodes.ExportNotReady));
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Failed));
            Assert.That(application.Status, Is.EqualTo(BulkApplicationStatus.Failed));
            Assert.That(counters[EmailReason.BulkApply, EmailJobStatus.Failed], Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_failed_export_fails_the_application_at_once_with_export_unavailable()
    {
        Arrange(TestExports.Failed(ana.Id, resume.Id));

        var outcome = await Handle();

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Failed));
            Assert.That(job.LastErrorCode, Is.EqualTo(EmailErrorCodes.ExportUnavailable));
            Assert.That(application.Status, Is.EqualTo(BulkApplicationStatus.Failed));
            Assert.That(sender.Sent, Is.Empty);
        });
    }

    [Test]
    public async Task A_bulk_apply_that_no_longer_exists_fails_the_job_with_bulk_apply_missing()
    {
        job = EmailJob.ForBulkApplication(ana.Id, Guid.NewGuid(), Guid.NewGuid(), Recruiter, Now);
        jobs.Seed(job);

        var outcome = await Handle();

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Failed));
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Failed));
            Assert.That(job.LastErrorCode, Is.EqualTo(EmailErrorCodes.BulkApplyMissing));
        });
    }

    [Test]
    public async Task A_permanent_smtp_failure_fails_the_application()
    {
        Arrange(TestExports.Completed(ana.Id, resume.Id));
        sender.Failure = new EmailSendingException(EmailErrorCodes.MailboxUnavailable, "550 no such user", transient: false);

        var outcome = await Handle();

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Failed));
            Assert.That(job.LastErrorCode, Is.EqualTo(EmailErrorCodes.MailboxUnavailable));
            Assert.That(application.Status, Is.EqualTo(BulkApplicationStatus.Failed));
        });
    }

    [Test]
    public async Task A_sent_application_records_the_export_its_resume_version_and_the_hash_of_the_bytes_attached()
    {
        Arrange(TestExports.Completed(ana.Id, resume.Id, resumeVersion: 3, fileSha256: FileHashes.Sha256Hex(Pdf)));

        await Handle();

        Assert.That((application.SentExportId, application.SentResumeVersion, application.SentFileSha256),
            Is.EqualTo(((Guid?)exports.Stored.Single().Id, (int?)3, FileHashes.Sha256Hex(Pdf))));
    }

    [Test]
    public async Task A_stored_file_that_no_longer_hashes_to_the_exports_hash_fails_for_good_with_export_file_mismatch_and_sends_nothing()
    {
        Arrange(TestExports.Completed(ana.Id, resume.Id, fileSha256: FileHashes.Sha256Hex(Pdf)));
        storage.Files[exports.Stored.Single().StorageKey!] = [.. Pdf, 0x0A];

        var outcome = await Handle();

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Failed));
            Assert.That(sender.Sent, Is.Empty);
            Assert.That(job.LastErrorCode, Is.EqualTo(EmailErrorCodes.ExportFileMismatch));
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Failed));
            Assert.That(application.Status, Is.EqualTo(BulkApplicationStatus.Failed));
            Assert.That(application.SentFileSha256, Is.Null, "nothing was sent");
        });
    }

    [Test]
    public async Task A_failed_send_records_nothing_as_sent()
    {
        Arrange(TestExports.Completed(ana.Id, resume.Id, fileSha256: FileHashes.Sha256Hex(Pdf)));
        sender.Failure = new EmailSendingException(EmailErrorCodes.MailboxUnavailable, "550 no such user", transient: false);

        await Handle();

        Assert.That((application.SentExportId, application.SentResumeVersion, application.SentFileSha256), Is.EqualTo(((Guid?)null, (int?)null, (string?)null)));
    }

    [Test]
    public async Task A_redelivered_message_for_a_sent_application_is_skipped()
    {
        Arrange(TestExports.Completed(ana.Id, resume.Id));
        await Handle();

        var again = await Handle();

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(EmailJobOutcome.Skipped));
            Assert.That(sender.Sent, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_free_tier_export_job_is_not_this_handlers_and_is_skipped()
    {
        job = EmailJob.ForFreeTierExport(ana.Id, Guid.NewGuid(), ana.Email, Now);
        jobs.Seed(job);

        var outcome = await Handle();

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Skipped));
            Assert.That(job.Attempts, Is.Zero);
        });
    }

    private void Arrange(Export export, string? message = "Hello!")
    {
        exports.Seed(export);
        if (export.StorageKey is not null)
        {
            storage.Files[export.StorageKey] = Pdf;
        }

        var bulkApply = BulkApply.Start(ana.Id, resume.Id, export.Id, Now.AddMinutes(-5));
        job = EmailJob.ForBulkApplication(ana.Id, bulkApply.Id, export.Id, Recruiter, Now.AddMinutes(-5));
        application = bulkApply.AddApplication("Acme", "Backend Engineer", Recruiter, message, job.Id, Now.AddMinutes(-5));
        bulkApplies.Seed(bulkApply);
        jobs.Seed(job);
    }

    private async Task<EmailJobOutcome> Handle(bool isLastAttempt = false) =>
        await new SendBulkApplicationEmailCommandHandler(
                jobs, bulkApplies, exports, resumes, users, new FakeExportStorageDrivers(storage), sender, counters, unitOfWork, TestClock.At(Now),
                NullLogger<SendBulkApplicationEmailCommandHandler>.Instance, TestRedelivery.Off(TestClock.At(Now)), new RecordingRedeliveryScheduler())
            .Handle(new SendBulkApplicationEmailCommand(job.Id, isLastAttempt), CancellationToken.None);
}
