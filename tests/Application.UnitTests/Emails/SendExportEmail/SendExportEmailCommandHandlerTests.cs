using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Emails;
using ResumeExport.Application.Emails.Common;
using ResumeExport.Application.Emails.SendExportEmail;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Emails.SendExportEmail;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SendExportEmailCommandHandlerTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;
    private static readonly byte[] Pdf = [0x25, 0x50, 0x44, 0x46];

    private readonly InMemoryEmailJobRepository jobs = new();
    private readonly InMemoryExportRepository exports = new();
    private readonly InMemoryResumeRepository resumes = new();
    private readonly InMemoryExportStorage storage = new();
    private readonly RecordingEmailSender sender = new();
    private readonly InMemoryEmailCounters counters = new();
    private readonly CountingUnitOfWork unitOfWork = new();
    private readonly EmailOptions options = new();
    private User ana = null!;
    private Resume resume = null!;
    private Export export = null!;
    private EmailJob job = null!;

    [SetUp]
    public void SetUp()
    {
        ana = TestUsers.Ana();
        resume = TestResumes.For(ana.Id, title: "<b>Backend</b> CV");
        resumes.Seed(resume);
        export = TestExports.Completed(ana.Id, resume.Id);
        exports.Seed(export);
        storage.Files[export.StorageKey!] = Pdf;
        job = EmailJob.ForFreeTierExport(ana.Id, export.Id, ana.Email, Now.AddMinutes(-1));
        jobs.Seed(job);
    }

    [Test]
    public async Task Sends_the_pdf_attached_to_the_owner_and_marks_the_job_sent()
    {
        var outcome = await Handle();

        var mail = sender.Sent.Single();
        var attachment = mail.Attachments.Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Sent));
            Assert.That(mail.To, Is.EqualTo(ana.Email));
            Assert.That(mail.ReplyTo, Is.Null);
            Assert.That(mail.Subject, Is.EqualTo("Your resume <b>Backend</b> CV is ready"));
            Assert.That(attachment.FileName, Is.EqualTo("bBackendb CV.pdf"));
            Assert.That(attachment.ContentType, Is.EqualTo("application/pdf"));
            Assert.That(attachment.Content.ToArray(), Is.EqualTo(Pdf));
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Sent));
            Assert.That(counters[EmailReason.FreeTierExport, EmailJobStatus.Sent], Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_consume_cancelled_while_the_mail_goes_out_still_records_it_sent_so_a_redelivery_does_not_send_it_twice()
    {
        using var consume = new CancellationTokenSource();
        sender.AfterAccepted = consume.Cancel;

        var outcome = await Handle(cancellationToken: consume.Token);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Sent));
            Assert.That(sender.Sent, Has.Count.EqualTo(1));
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Sent));
        });
    }

    [TestCase(ExportFormats.Docx, "bBackendb CV.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document")]
    [TestCase(ExportFormats.Markdown, "bBackendb CV.md", "text/markdown; charset=utf-8", "Markdown file")]
    [TestCase(ExportFormats.Text, "bBackendb CV.txt", "text/plain; charset=utf-8", "text file")]
    public async Task A_document_export_is_attached_in_its_format_with_its_extension_and_content_type(
        string format, string fileName, string contentType, string displayName)
    {
        var document = TestExports.Completed(ana.Id, resume.Id, format: format);
        exports.Seed(document);
        storage.Files[document.StorageKey!] = [1, 2, 3];
        var documentJob = EmailJob.ForFreeTierExport(ana.Id, document.Id, ana.Email, Now.AddMinutes(-1));
        jobs.Seed(documentJob);

        await Handle(documentJob.Id);

        var mail = sender.Sent.Single();
        Assert.Multiple(() =>
        {
            Assert.That(mail.Attachments.Select(a => (a.FileName, a.ContentType, a.Content.ToArray())),
                Is.EqualTo(new[] { (fileName, contentType, new byte[] { 1, 2, 3 }) }));
            Assert.That(mail.TextBody, Does.Contain($"the {displayName} is attached"));
        });
    }

    [Test]
    public async Task The_html_body_encodes_the_users_text()
    {
        await Handle();

        Assert.Multiple(() =>
        {
            Assert.That(sender.Sent.Single().HtmlBody, Does.Contain("&lt;b&gt;Backend&lt;/b&gt; CV"));
            Assert.That(sender.Sent.Single().HtmlBody, Does.Not.Contain("<b>Backend"));
        });
    }

    [Test]
    public async Task A_file_stored_by_another_driver_than_this_process_writes_with_is_read_from_that_driver()
    {
        var s3 = new InMemoryExportStorage { Driver = "s3" };
        var onS3 = TestExports.Completed(ana.Id, resume.Id, driver: "s3");
        exports.Seed(onS3);
        s3.Files[onS3.StorageKey!] = Pdf;
        var onS3Job = EmailJob.ForFreeTierExport(ana.Id, onS3.Id, ana.Email, Now.AddMinutes(-1));
        jobs.Seed(onS3Job);

        var outcome = await Handle(onS3Job.Id, new FakeExportStorageDrivers(storage, s3));

        Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Sent));
        Assert.That(sender.Sent.Single().Attachments.Single().Content.ToArray(), Is.EqualTo(Pdf));
    }

    [Test]
    public void A_file_on_a_driver_this_process_has_no_settings_for_fails_the_attempt_transiently_not_as_missing()
    {
        var onS3 = TestExports.Completed(ana.Id, resume.Id, driver: "s3");
        exports.Seed(onS3);
        var onS3Job = EmailJob.ForFreeTierExport(ana.Id, onS3.Id, ana.Email, Now.AddMinutes(-1));
        jobs.Seed(onS3Job);

        var error = Assert.ThrowsAsync<ExportStorageException>(() => Handle(onS3Job.Id));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Transient, Is.True);
            Assert.That(onS3Job.Status, Is.EqualTo(EmailJobStatus.Queued));
            Assert.That(sender.Sent, Is.Empty);
        });
    }

    [Test]
    public async Task In_link_mode_the_mail_links_to_the_download_endpoint_and_attaches_nothing()
    {
        options.FreeTierDelivery = FreeTierDelivery.Link;
        options.PublicBaseUrl = new Uri("https://api.example.com");
        storage.Files.Clear();

        var outcome = await Handle();

        var mail = sender.Sent.Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Sent));
            Assert.That(mail.Attachments, Is.Empty);
            Assert.That(mail.TextBody, Does.Contain($"https://api.example.com/api/resumes/exports/{export.Id}/download"));
            Assert.That(mail.TextBody, Does.Contain($"{export.ExpiresAt:yyyy-MM-dd}"));
        });
    }

    [Test]
    public async Task An_export_that_is_no_longer_completed_fails_the_job_with_export_unavailable()
    {
        export.Expire();

        var outcome = await Handle();

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Failed));
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Failed));
            Assert.That(job.LastErrorCode, Is.EqualTo(EmailErrorCodes.ExportUnavailable));
            Assert.That(sender.Sent, Is.Empty);
            Assert.That(counters[EmailReason.FreeTierExport, EmailJobStatus.Failed], Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_stored_file_that_is_gone_fails_the_job_with_export_file_missing()
    {
        storage.Files.Clear();

        var outcome = await Handle();

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Failed));
            Assert.That(job.LastErrorCode, Is.EqualTo(EmailErrorCodes.ExportFileMissing));
            Assert.That(sender.Sent, Is.Empty);
        });
    }

    [Test]
    public async Task A_missing_job_is_skipped()
    {
        var outcome = await Handle(Guid.NewGuid());

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Skipped));
            Assert.That(sender.Sent, Is.Empty);
        });
    }

    [Test]
    public async Task A_bulk_application_job_is_not_this_handlers_and_is_skipped()
    {
        var bulkJob = EmailJob.ForBulkApplication(ana.Id, Guid.NewGuid(), export.Id, "hr@acme.example", Now);
        jobs.Seed(bulkJob);

        var outcome = await Handle(bulkJob.Id);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(EmailJobOutcome.Skipped));
            Assert.That(bulkJob.Attempts, Is.Zero);
            Assert.That(sender.Sent, Is.Empty);
        });
    }

    private async Task<EmailJobOutcome> Handle(Guid? jobId = null, IExportStorageDrivers? drivers = null, CancellationToken cancellationToken = default) =>
        await new SendExportEmailCommandHandler(
                jobs, exports, resumes, drivers ?? new FakeExportStorageDrivers(storage), sender, counters, unitOfWork, Options.Create(options), TestClock.At(Now),
                NullLogger<SendExportEmailCommandHandler>.Instance, TestRedelivery.Off(TestClock.At(Now)), new RecordingRedeliveryScheduler())
            .Handle(new SendExportEmailCommand(jobId ?? job.Id, IsLastAttempt: false), cancellationToken);
}
