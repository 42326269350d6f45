using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Exports.RenderExport;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Contracts;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Exports.RenderExport;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class RenderExportCommandHandlerTests
{
    private const long MiB = 1024L * 1024L;
    private static readonly DateTimeOffset Now = TestClock.Now;

    private readonly InMemoryUserRepository users = new();
    private readonly InMemoryResumeRepository resumes = new();
    private readonly InMemoryExportRepository exports = new();
    private readonly FakePlanUsageReader usage = new();
    private readonly FakeResumePdfRenderer renderer = new();
    private readonly InMemoryExportStorage storage = new();
    private readonly RecordingSystemLog systemLog = new();
    private readonly InMemoryEmailJobRepository emailJobs = new();
    private readonly RecordingMessageOutbox outbox = new();
    private readonly InMemoryEmailCounters counters = new();
    private readonly InMemoryBulkApplyRepository bulkApplies = new();
    private readonly RecordingLogger<ExportFailureLog> failureLog = new();
    private readonly CountingUnitOfWork unitOfWork = new();
    private User ana = null!;
    private Resume resume = null!;

    [SetUp]
    public void SetUp()
    {
        users.TransactionProbe = () => unitOfWork.IsInTransaction;
        counters.TransactionProbe = () => unitOfWork.IsInTransaction;
        ana = TestUsers.Ana();
        ana.MoveToPlan(PlanCodes.Pro);
        users.Seed(ana);
        resume = TestResumes.For(ana.Id, title: "Backend engineer");
        resumes.Seed(resume);
    }

    [Test]
    public async Task A_redelivered_message_for_a_completed_export_is_skipped_and_changes_nothing()
    {
        var export = Seed(TestExports.Completed(ana.Id, resume.Id));

        var outcome = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Skipped));
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Completed));
            Assert.That(export.Attempts, Is.EqualTo(1));
            Assert.That(renderer.Requests, Is.Empty);
            Assert.That(storage.Saves, Is.Empty);
            Assert.That(systemLog.Entries, Is.Empty);
            Assert.That(unitOfWork.SaveCount, Is.Zero);
        });
    }

    [Test]
    public async Task A_message_for_an_export_that_no_longer_exists_is_skipped()
    {
        var outcome = await Handle(Guid.NewGuid());

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Skipped));
            Assert.That(renderer.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task A_resume_deleted_before_rendering_fails_the_export_with_resume_missing()
    {
        var export = Seed(TestExports.Queued(ana.Id, Guid.NewGuid()));

        var outcome = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Failed));
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Failed));
            Assert.That(export.ErrorCode, Is.EqualTo(ExportErrorCodes.ResumeMissing));
            Assert.That(export.CompletedAt, Is.EqualTo(Now));
            Assert.That(renderer.Requests, Is.Empty);
            Assert.That(storage.Saves, Is.Empty);
        });
    }

    [Test]
    public void A_transient_render_failure_before_the_last_attempt_is_rethrown_and_the_export_stays_processing_with_the_error()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        var failure = new PdfRenderingException(ExportErrorCodes.RenderTimeout, "Chromium timed out.", transient: true);
        renderer.Failure = failure;

        var thrown = Assert.ThrowsAsync<PdfRenderingException>(() => Handle(export.Id, isLastAttempt: false));

        Assert.Multiple(() =>
        {
            Assert.That(thrown, Is.SameAs(failure));
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Processing));
            Assert.That(export.Attempts, Is.EqualTo(1));
            Assert.That(export.ErrorCode, Is.EqualTo(ExportErrorCodes.RenderTimeout));
            Assert.That(export.ErrorMessage, Is.EqualTo("Chromium timed out."));
            Assert.That(export.CompletedAt, Is.Null);
            Assert.That(storage.Saves, Is.Empty);
            Assert.That(unitOfWork.SaveCount, Is.EqualTo(2), "the attempt and its error are both saved");
        });
    }

    [Test]
    public async Task A_retry_after_a_transient_failure_counts_a_second_attempt_and_can_complete()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        renderer.Failure = new PdfRenderingException(ExportErrorCodes.RenderTimeout, "Chromium timed out.", transient: true);
        Assert.ThrowsAsync<PdfRenderingException>(() => Handle(export.Id));
        renderer.Failure = null;

        var outcome = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Completed));
            Assert.That(export.Attempts, Is.EqualTo(2));
            Assert.That(export.ErrorCode, Is.Null);
        });
    }

    [Test]
    public void A_transient_render_failure_on_the_last_attempt_fails_the_export_with_its_code_and_is_rethrown()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        var failure = new PdfRenderingException(ExportErrorCodes.RenderTimeout, "Chromium timed out.", transient: true);
        renderer.Failure = failure;

        var thrown = Assert.ThrowsAsync<PdfRenderingException>(() => Handle(export.Id, isLastAttempt: true));

        Assert.Multiple(() =>
        {
            Assert.That(thrown, Is.SameAs(failure));
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Failed));
            Assert.That(export.ErrorCode, Is.EqualTo(ExportErrorCodes.RenderTimeout));
            Assert.That(export.CompletedAt, Is.EqualTo(Now));
            Assert.That(storage.Saves, Is.Empty);
        });
    }

    [Test]
    public async Task A_permanent_render_failure_fails_the_export_at_once_without_rethrowing()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        renderer.Failure = new PdfRenderingException(ExportErrorCodes.RenderFailed, "The template cannot print.", transient: false);

        var outcome = await Handle(export.Id, isLastAttempt: false);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Failed));
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Failed));
            Assert.That(export.ErrorCode, Is.EqualTo(ExportErrorCodes.RenderFailed));
            Assert.That(export.ErrorMessage, Is.EqualTo("The template cannot print."));
            Assert.That(storage.Saves, Is.Empty);
        });
    }

    [Test]
    public async Task A_file_over_todays_upload_bytes_fails_the_export_with_upload_limit_exceeded_and_stores_nothing()
    {
        ana.MoveToPlan(PlanCodes.Free);
        var export = Seed(TestExports.Queued(ana.Id, resume.Id, ExportDelivery.Email));
        usage.Usage = PlanUsage.None with { UploadBytesToday = (5 * MiB) - 1000 };

        var outcome = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Failed));
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Failed));
            Assert.That(export.ErrorCode, Is.EqualTo(ExportErrorCodes.UploadLimitExceeded));
            Assert.That(export.StorageKey, Is.Null);
            Assert.That(storage.Files, Is.Empty);
            Assert.That(systemLog.Entries, Is.Empty);
            Assert.That(emailJobs.Added, Is.Empty);
            Assert.That(outbox.Messages, Is.Empty);
        });
    }

    [Test]
    public async Task A_file_that_exactly_fills_todays_upload_bytes_is_stored()
    {
        ana.MoveToPlan(PlanCodes.Free);
        var export = Seed(TestExports.Queued(ana.Id, resume.Id, ExportDelivery.Email));
        usage.Usage = PlanUsage.None with { UploadBytesToday = (5 * MiB) - renderer.Result.Content.Length };

        var outcome = await Handle(export.Id);

        Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Completed));
    }

    [Test]
    public async Task A_rendered_file_is_stored_under_its_export_key_and_the_export_completes_until_the_plans_retention_with_its_preview_key_recorded()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        var key = ExportStorageKeys.For(ana.Id, export.Id);
        var previewKey = ExportStorageKeys.PreviewFor(ana.Id, export.Id);

        var outcome = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Completed));
            Assert.That(storage.Saves, Is.EqualTo(new[] { (key, "application/pdf") }), "the preview is made on its first view, not by the render");
            Assert.That(storage.Files[key], Is.EqualTo(renderer.Result.Content));
            Assert.That(export.PreviewStorageKey, Is.EqualTo(previewKey), "recorded, so cleanup removes it with the PDF");
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Completed));
            Assert.That(export.StorageDriver, Is.EqualTo(InMemoryExportStorage.DefaultDriver));
            Assert.That(export.StorageKey, Is.EqualTo(key));
            Assert.That(export.SizeBytes, Is.EqualTo(renderer.Result.Content.Length));
            Assert.That(export.CompletedAt, Is.EqualTo(Now));
            Assert.That(export.ExpiresAt, Is.EqualTo(Now.AddDays(30)));
            Assert.That(emailJobs.Added, Is.Empty);
            Assert.That(outbox.Messages, Is.Empty);
        });
    }

    [Test]
    public async Task A_stored_file_is_logged_as_export_stored_with_its_size_as_quantity()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));

        await Handle(export.Id);

        var entry = systemLog.Entries.Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.Action, Is.EqualTo(SystemLogActions.ExportStored));
            Assert.That(entry.UserId, Is.EqualTo(ana.Id));
            Assert.That(entry.Quantity, Is.EqualTo(renderer.Result.Content.Length));
            Assert.That(entry.CreatedAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public async Task The_renderer_gets_the_resume_its_owners_name_and_email_and_the_page_size()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));

        await Handle(export.Id);

        Assert.That(renderer.Requests, Is.EqualTo(new[] { new PdfRenderRequest(resume, "Ana", ana.Email, PageSize.A4) }));
    }

    [Test]
    public async Task The_bytes_check_and_the_store_run_in_a_transaction_under_the_owners_row_lock()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));

        await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(users.Locks, Is.EqualTo(new[] { (ana.Id, true) }));
            Assert.That(unitOfWork.TransactionCount, Is.EqualTo(1));
            Assert.That(usage.AskedAt, Is.EqualTo(new[] { Now }));
        });
    }

    [Test]
    public async Task A_free_plans_email_export_also_queues_a_free_tier_email_to_its_owner()
    {
        ana.MoveToPlan(PlanCodes.Free);
        var export = Seed(TestExports.Queued(ana.Id, resume.Id, ExportDelivery.Email));

        var outcome = await Handle(export.Id);

        var job = emailJobs.Added.Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Completed));
            Assert.That(export.ExpiresAt, Is.EqualTo(Now.AddDays(7)));
            Assert.That(job.Reason, Is.EqualTo(EmailReason.FreeTierExport));
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Queued));
            Assert.That(job.Recipient, Is.EqualTo(ana.Email));
            Assert.That(job.ExportId, Is.EqualTo(export.Id));
            Assert.That(job.UserId, Is.EqualTo(ana.Id));
            Assert.That(outbox.Messages, Is.EqualTo(new object[] { new SendExportEmail(job.Id, export.Id, ana.Id) }));
        });
    }

    [Test]
    public async Task Bulk_applications_waiting_for_the_pdf_are_sent_when_it_completes()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        var waiting = EmailJob.ForBulkApplication(ana.Id, Guid.NewGuid(), export.Id, "hr@acme.example", Now);
        emailJobs.Seed(waiting);

        var outcome = await Handle(export.Id);

        Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Completed));
        Assert.That(outbox.Messages, Does.Contain(new SendBulkApplication(waiting.Id, waiting.BulkApplyId!.Value, ana.Id)));
    }

    [Test]
    public async Task Bulk_applications_waiting_for_a_pdf_that_fails_for_good_fail_with_it()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        var (bulkApply, waiting) = SeedWaitingApplications(export, 1);
        renderer.Failure = new PdfRenderingException(ExportErrorCodes.RenderFailed, "The template cannot print.", transient: false);

        await Handle(export.Id);

        AssertFailedWithTheExport(bulkApply, waiting, ExportErrorCodes.RenderFailed);
        Assert.That(outbox.Messages.OfType<SendBulkApplication>(), Is.Empty);
    }

    [Test]
    public async Task A_pdf_over_todays_upload_bytes_fails_the_waiting_bulk_applications_counts_them_and_logs_the_failure()
    {
        ana.MoveToPlan(PlanCodes.Free);
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        var (bulkApply, waiting) = SeedWaitingApplications(export, 2);
        usage.Usage = PlanUsage.None with { UploadBytesToday = (5 * MiB) - 1000 };

        await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(export.ErrorCode, Is.EqualTo(ExportErrorCodes.UploadLimitExceeded));
            Assert.That(outbox.Messages, Is.Empty, "no application is released");
            Assert.That(failureLog.Entries.Where(e => e.EventId.Id == 4002).Select(e => e.Message),
                Has.One.Contains(export.Id.ToString()).And.Contains(ExportErrorCodes.UploadLimitExceeded), "the export's structured failure record");
            Assert.That(failureLog.Entries.Count(e => e.EventId.Id == 4003), Is.EqualTo(2), "one record per failed application");
        });
        AssertFailedWithTheExport(bulkApply, waiting, ExportErrorCodes.UploadLimitExceeded);
    }

    [Test]
    public async Task An_owner_deleted_before_the_store_fails_the_export_and_its_waiting_applications()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        var (bulkApply, waiting) = SeedWaitingApplications(export, 1);
        users.LockReturnsNothing = true;

        var outcome = await Handle(export.Id);

        Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Failed));
        Assert.That(export.ErrorCode, Is.EqualTo(ExportErrorCodes.ResumeMissing));
        AssertFailedWithTheExport(bulkApply, waiting, ExportErrorCodes.ResumeMissing);
    }

    [Test]
    public void A_transient_failure_before_the_last_attempt_leaves_the_waiting_applications_waiting()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        var (bulkApply, waiting) = SeedWaitingApplications(export, 1);
        renderer.Failure = new PdfRenderingException(ExportErrorCodes.RenderTimeout, "Chromium timed out.", transient: true);

        Assert.ThrowsAsync<PdfRenderingException>(() => Handle(export.Id, isLastAttempt: false));

        Assert.Multiple(() =>
        {
            Assert.That(waiting.Single().Status, Is.EqualTo(EmailJobStatus.Queued));
            Assert.That(waiting.Single().Attempts, Is.Zero);
            Assert.That(bulkApply.Applications.Single().Status, Is.EqualTo(BulkApplicationStatus.Queued));
            Assert.That(counters[EmailReason.BulkApply, EmailJobStatus.Failed], Is.Zero);
            Assert.That(failureLog.Entries.Select(e => e.EventId.Id), Is.EqualTo(new[] { 4001 }), "the attempt's record, no final one");
        });
    }

    private Export Seed(Export export)
    {
        exports.Seed(export);
        return export;
    }

    private (BulkApply BulkApply, EmailJob[] Jobs) SeedWaitingApplications(Export export, int count)
    {
        var bulkApply = BulkApply.Start(ana.Id, resume.Id, export.Id, Now);
        var jobs = Enumerable.Range(0, count).Select(i => EmailJob.ForBulkApplication(ana.Id, bulkApply.Id, export.Id, $"hr{i}@acme.example", Now)).ToArray();
        foreach (var job in jobs)
        {
            bulkApply.AddApplication("Acme", "Engineer", job.Recipient, null, job.Id, Now);
        }

        emailJobs.Seed(jobs);
        bulkApplies.Seed(bulkApply);
        return (bulkApply, jobs);
    }

    private void AssertFailedWithTheExport(BulkApply bulkApply, EmailJob[] jobs, string exportErrorCode) => Assert.Multiple(() =>
    {
        foreach (var job in jobs)
        {
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Failed), "the job is in the failed e-mails");
            Assert.That(job.Attempts, Is.EqualTo(1), "its delivery counts as one failed attempt");
            Assert.That(job.LastErrorCode, Is.EqualTo("export_failed"));
            Assert.That(job.LastError, Does.Contain(exportErrorCode));
        }

        Assert.That(bulkApply.Applications.Select(a => a.Status), Is.All.EqualTo(BulkApplicationStatus.Failed), "the bulk apply shows them failed");
        Assert.That(counters[EmailReason.BulkApply, EmailJobStatus.Failed], Is.EqualTo(jobs.Length), "bulkApply.failed counts them");
        Assert.That(counters.IncrementedInTransaction, Is.All.True, "counted in the export's failing transaction");
    });

    private async Task<RenderExportOutcome> Handle(Guid exportId, bool isLastAttempt = false) =>
        await new RenderExportCommandHandler(
                exports, resumes, users, TestPlans.Snapshots(users, usage), renderer, storage, systemLog, emailJobs, bulkApplies, counters, outbox, unitOfWork,
                TestClock.At(Now), new ExportFailureLog(failureLog))
            .Handle(new RenderExportCommand(exportId, isLastAttempt), CancellationToken.None);
}
