using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Exports.RenderExport;
using ResumeExport.Application.UnitTests.Fakes;
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
    private readonly InMemoryResumeVersionRepository versions = new();
    private readonly InMemoryExportRepository exports = new();
    private readonly FakePlanUsageReader usage = new();
    private readonly FakeResumePdfRenderer renderer = new();
    private readonly FakeResumeDocumentRenderer documentRenderer = new();
    private readonly InMemoryExportStorage storage = new();
    private readonly RecordingSystemLog systemLog = new();
    private readonly RecordingLogger<ExportFailureLog> failureLog = new();
    private readonly CountingUnitOfWork unitOfWork = new();
    private readonly RecordingRedeliveryScheduler redeliveryScheduler = new();
    private readonly InMemoryExportRenderLocks renderLocks = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider clock = TestClock.At(Now);
    private TimeSpan redeliveryWindow = TimeSpan.Zero;
    private User ana = null!;
    private Resume resume = null!;

    [SetUp]
    public void SetUp()
    {
        users.TransactionProbe = () => unitOfWork.IsInTransaction;
        ana = TestUsers.Ana();
        ana.MoveToPlan(PlanCodes.Pro);
        users.Seed(ana);
        resume = TestResumes.For(ana.Id, title: "Backend engineer");
        resumes.Seed(resume);
        versions.Seed(ResumeVersion.Capture(resume, resume.CreatedAt));
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
    public async Task A_file_over_todays_upload_bytes_fails_the_export_with_upload_limit_exceeded_and_keeps_no_file()
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
            Assert.That(export.DomainEvents, Is.EqualTo(new[] { new ExportFailed(export.Id, ana.Id, ExportErrorCodes.UploadLimitExceeded, Now) }), "no e-mail follows");
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
            Assert.That(export.DomainEvents, Is.EqualTo(new[] { new ExportCompleted(export.Id, ana.Id, ExportDelivery.Download, Now) }), "its follow-ups run on save");
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

        // The resume as of the export's version: a copy with the same id and content.
        Assert.That(renderer.Requests.Select(r => (r.Resume.Id, r.Resume.Content.Sha256(), r.AuthorName, r.AuthorEmail, r.PageSize)),
            Is.EqualTo(new[] { (resume.Id, resume.Content.Sha256(), "Ana", ana.Email, PageSize.A4) }));
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
    public async Task A_free_plans_email_export_completes_within_the_free_retention_and_says_it_goes_by_email()
    {
        ana.MoveToPlan(PlanCodes.Free);
        var export = Seed(TestExports.Queued(ana.Id, resume.Id, ExportDelivery.Email));

        var outcome = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Completed));
            Assert.That(export.ExpiresAt, Is.EqualTo(Now.AddDays(7)));
            Assert.That(export.DomainEvents, Is.EqualTo(new[] { new ExportCompleted(export.Id, ana.Id, ExportDelivery.Email, Now) }));
        });
    }

    [Test]
    public async Task A_delivery_of_an_export_another_delivery_is_rendering_is_skipped_without_rendering_or_saving()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        renderLocks.Held.Add(export.Id);

        var outcome = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Skipped));
            Assert.That(renderer.Requests, Is.Empty, "never rendered");
            Assert.That(unitOfWork.SaveCount, Is.Zero, "not even the attempt is counted");
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Queued));
        });
    }

    [Test]
    public async Task The_render_lock_is_taken_before_the_attempt_is_saved_and_released_once_the_export_is_done()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        int? savesAtAcquire = null;
        renderLocks.OnAcquired = _ => savesAtAcquire = unitOfWork.SaveCount;

        await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(savesAtAcquire, Is.Zero, "taken before the attempt is saved");
            Assert.That(renderLocks.Released, Is.EqualTo(new[] { export.Id }), "released once");
            Assert.That(renderLocks.Held, Is.Empty);
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Completed));
        });
    }

    [Test]
    public async Task The_file_is_stored_before_the_owners_row_is_locked_so_a_stalled_store_holds_no_lock()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        users.TransactionProbe = () => unitOfWork.IsInTransaction;
        (bool InTransaction, int Locks)? atSave = null;
        storage.BeforeSave = _ => atSave = (unitOfWork.IsInTransaction, users.Locks.Count);

        await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(atSave, Is.EqualTo((false, 0)), "no transaction open and the owner not locked while the file is stored");
            Assert.That(users.Locks, Is.EqualTo(new[] { (ana.Id, true) }), "locked afterwards, once, inside the completion's transaction");
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Completed));
        });
    }

    [Test]
    public async Task A_completed_export_is_stored_and_saved_once_in_the_transaction_after_its_attempt()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));

        await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(unitOfWork.SaveCount, Is.EqualTo(2), "the attempt, then the outcome");
            Assert.That(unitOfWork.SavesInTransaction, Is.EqualTo(1), "the outcome is saved under the owner's lock");
        });
    }

    [Test]
    public async Task A_permanent_failure_raises_export_failed_with_its_code_and_saves_the_outcome_once()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        renderer.Failure = new PdfRenderingException(ExportErrorCodes.RenderFailed, "The template cannot print.", transient: false);

        await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(export.DomainEvents, Is.EqualTo(new[] { new ExportFailed(export.Id, ana.Id, ExportErrorCodes.RenderFailed, Now) }));
            Assert.That(unitOfWork.SaveCount, Is.EqualTo(2), "the attempt, then the outcome");
        });
    }

    [Test]
    public async Task A_pdf_over_todays_upload_bytes_writes_the_exports_structured_failure_record()
    {
        ana.MoveToPlan(PlanCodes.Free);
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        usage.Usage = PlanUsage.None with { UploadBytesToday = (5 * MiB) - 1000 };

        await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(export.ErrorCode, Is.EqualTo(ExportErrorCodes.UploadLimitExceeded));
            Assert.That(failureLog.Entries.Where(e => e.EventId.Id == 4002).Select(e => e.Message),
                Has.One.Contains(export.Id.ToString()).And.Contains(ExportErrorCodes.UploadLimitExceeded), "the export's structured failure record");
        });
    }

    [Test]
    public async Task An_owner_deleted_before_the_store_fails_the_export_with_resume_missing_and_its_file_is_deleted_again()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        users.LockReturnsNothing = true;

        var outcome = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Failed));
            Assert.That(export.ErrorCode, Is.EqualTo(ExportErrorCodes.ResumeMissing));
            Assert.That(export.DomainEvents, Is.EqualTo(new[] { new ExportFailed(export.Id, ana.Id, ExportErrorCodes.ResumeMissing, Now) }));
            Assert.That(storage.Saves, Has.Count.EqualTo(1), "stored before the lock found no owner");
            Assert.That(storage.Files, Is.Empty, "and removed again");
        });
    }

    [Test]
    public void A_transient_failure_before_the_last_attempt_raises_no_event_so_nothing_waiting_fails()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        renderer.Failure = new PdfRenderingException(ExportErrorCodes.RenderTimeout, "Chromium timed out.", transient: true);

        Assert.ThrowsAsync<PdfRenderingException>(() => Handle(export.Id, isLastAttempt: false));

        Assert.Multiple(() =>
        {
            Assert.That(export.DomainEvents, Is.Empty);
            Assert.That(failureLog.Entries.Select(e => e.EventId.Id), Is.EqualTo(new[] { 4001 }), "the attempt's record, no final one");
        });
    }

    [Test]
    public void A_completion_whose_save_fails_is_rethrown_for_the_queue_to_deliver_again_instead_of_failing_the_export()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        unitOfWork.FailSavesInTransaction = new InvalidOperationException("A follow-up of the completion failed.");

        var thrown = Assert.ThrowsAsync<ExportPipelineException>(() => Handle(export.Id, isLastAttempt: true));

        Assert.Multiple(() =>
        {
            Assert.That(thrown!.InnerException, Is.SameAs(unitOfWork.FailSavesInTransaction));
            Assert.That(export.DomainEvents.OfType<ExportFailed>(), Is.Empty, "the export is not failed over a completion that did not commit");
            Assert.That(unitOfWork.SaveCount, Is.EqualTo(2), "the attempt, then the completion that failed; no third save");
        });
    }

    [TestCase(ExportFormats.Docx, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [TestCase(ExportFormats.Markdown, "md", "text/markdown; charset=utf-8")]
    [TestCase(ExportFormats.Text, "txt", "text/plain; charset=utf-8")]
    public async Task A_document_export_is_written_by_the_document_renderer_and_stored_under_its_formats_extension_without_a_preview(
        string format, string extension, string contentType)
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id, format: format));

        var outcome = await Handle(export.Id);

        var key = $"exports/{ana.Id:N}/{export.Id:N}.{extension}";
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Completed));
            Assert.That(renderer.Requests, Is.Empty, "no Chromium for a document");
            Assert.That(documentRenderer.Requests.Select(r => (r.Format, r.Resume.Id, r.Resume.Content.Sha256(), r.AuthorName, r.AuthorEmail, r.PageSize)),
                Is.EqualTo(new[] { (format, resume.Id, resume.Content.Sha256(), ana.DisplayName, ana.Email, PageSize.A4) }));
            Assert.That(storage.Saves, Is.EqualTo(new[] { (key, contentType) }));
            Assert.That(export.StorageKey, Is.EqualTo(key));
            Assert.That(export.SizeBytes, Is.EqualTo(storage.Files[key].Length));
            Assert.That(export.PreviewStorageKey, Is.Null, "only PDFs have a preview");
            Assert.That(systemLog.Entries.Single().Metadata, Does.Not.Contain("\"pages\"").And.Contain($"\"format\":\"{format}\""));
        });
    }

    [Test]
    public async Task A_pdf_export_is_rendered_by_chromium_and_not_by_the_document_renderer()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));

        await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(renderer.Requests, Has.Count.EqualTo(1));
            Assert.That(documentRenderer.Requests, Is.Empty);
            Assert.That(systemLog.Entries.Single().Metadata, Does.Contain($"\"pages\":{renderer.Result.PageCount}"));
        });
    }

    [Test]
    public async Task A_document_that_cannot_be_written_fails_the_export_for_good_with_the_renderers_code()
    {
        var export = Seed(TestExports.Queued(ana.Id, resume.Id, format: ExportFormats.Markdown));
        documentRenderer.Failure = new DocumentRenderingException("document_too_large", "Too large.");

        var outcome = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Failed));
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Failed));
            Assert.That(export.ErrorCode, Is.EqualTo("document_too_large"));
            Assert.That(storage.Saves, Is.Empty);
        });
    }

    [Test]
    public async Task A_second_export_of_the_same_version_reuses_the_first_file_and_spends_no_renderer_time()
    {
        var first = Seed(TestExports.Queued(ana.Id, resume.Id));
        await Handle(first.Id);
        var second = Seed(TestExports.Queued(ana.Id, resume.Id, ExportDelivery.Email));

        var outcome = await Handle(second.Id);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Reused));
            Assert.That(renderer.Requests, Has.Count.EqualTo(1), "only the first export rendered");
            Assert.That(storage.Saves, Has.Count.EqualTo(1), "nothing stored for the second");
            Assert.That(second.Status, Is.EqualTo(ExportStatus.Completed));
            Assert.That((second.StorageKey, second.FileSha256, second.SizeBytes), Is.EqualTo((first.StorageKey, first.FileSha256, first.SizeBytes)));
            Assert.That(second.RenderKey, Is.EqualTo(first.RenderKey).And.Not.Null);
            Assert.That(second.ReusedFromExportId, Is.EqualTo(first.Id));
            Assert.That(second.PreviewStorageKey, Is.EqualTo(ExportStorageKeys.PreviewFor(ana.Id, second.Id)), "its own preview, drawn on first view");
            Assert.That(second.ExpiresAt, Is.EqualTo(Now.AddDays(30)), "its own expiry");
            Assert.That(second.DomainEvents, Is.EqualTo(new[] { new ExportCompleted(second.Id, ana.Id, ExportDelivery.Email, Now) }), "the same follow-ups as a render");
            Assert.That(systemLog.Entries.Select(e => (e.Action, e.Quantity)), Does.Contain((SystemLogActions.ExportReused, 0L)), "audited, with no bytes stored");
        });
    }

    [Test]
    public async Task Another_page_size_of_the_same_version_renders_anew()
    {
        var first = Seed(TestExports.Queued(ana.Id, resume.Id));
        await Handle(first.Id);
        var letter = Seed(Export.Request(ana.Id, resume.Id, PageSize.Letter, ExportDelivery.Download, null, Now, ExportFormats.Pdf, resumeVersion: 1));

        var outcome = await Handle(letter.Id);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Completed));
            Assert.That(renderer.Requests, Has.Count.EqualTo(2));
            Assert.That(letter.StorageKey, Is.Not.EqualTo(first.StorageKey));
            Assert.That(letter.ReusedFromExportId, Is.Null);
        });
    }

    [Test]
    public async Task Another_format_of_the_same_version_renders_anew()
    {
        var first = Seed(TestExports.Queued(ana.Id, resume.Id));
        await Handle(first.Id);
        var docx = Seed(TestExports.Queued(ana.Id, resume.Id, format: ExportFormats.Docx));

        var outcome = await Handle(docx.Id);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Completed));
            Assert.That(documentRenderer.Requests, Has.Count.EqualTo(1));
            Assert.That(docx.ReusedFromExportId, Is.Null);
        });
    }

    [Test]
    public async Task A_file_removed_from_storage_is_rendered_anew_rather_than_reused()
    {
        var first = Seed(TestExports.Queued(ana.Id, resume.Id));
        await Handle(first.Id);
        storage.Files.Remove(first.StorageKey!);
        var second = Seed(TestExports.Queued(ana.Id, resume.Id));

        var outcome = await Handle(second.Id);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Completed));
            Assert.That(renderer.Requests, Has.Count.EqualTo(2));
            Assert.That(second.StorageKey, Is.EqualTo(ExportStorageKeys.For(ana.Id, second.Id)));
        });
    }

    [Test]
    public async Task An_export_older_than_versions_renders_and_records_no_render_key()
    {
        var old = Seed(TestExports.Queued(ana.Id, resume.Id, resumeVersion: null));

        await Handle(old.Id);

        Assert.That(old.RenderKey, Is.Null);
    }

    [Test]
    public async Task A_transient_failure_on_the_last_quick_retry_leaves_the_export_queued_with_a_redelivery_due()
    {
        redeliveryWindow = TimeSpan.FromHours(24);
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        renderer.Failure = new PdfRenderingException(ExportErrorCodes.RenderTimeout, "Chromium timed out.", transient: true);

        var outcome = await Handle(export.Id, isLastAttempt: true);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Waiting));
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Queued));
            Assert.That(export.ErrorCode, Is.EqualTo(ExportErrorCodes.RenderTimeout));
            Assert.That(export.WaitingSince, Is.EqualTo(Now));
            Assert.That(export.RetryAt, Is.EqualTo(Now.AddMinutes(1)), "the first redelivery waits InitialDelay (no jitter here)");
            Assert.That(export.DomainEvents, Is.Empty, "nothing waiting on it fails");
            Assert.That(redeliveryScheduler.Scheduled.Single().Message, Is.EqualTo(new ResumeExport.Contracts.RenderExportPdf(export.Id, ana.Id, export.RequestedAt)));
            Assert.That(redeliveryScheduler.Scheduled.Single().ErrorCode, Is.EqualTo(ExportErrorCodes.RenderTimeout));
        });
    }

    [Test]
    public async Task An_export_still_failing_when_its_window_is_over_fails_with_the_give_up_code_and_the_last_error()
    {
        redeliveryWindow = TimeSpan.FromHours(24);
        var export = Seed(TestExports.Queued(ana.Id, resume.Id));
        renderer.Failure = new PdfRenderingException(ExportErrorCodes.RenderTimeout, "Chromium timed out.", transient: true);
        await Handle(export.Id, isLastAttempt: true);
        clock.Advance(TimeSpan.FromHours(24));

        var outcome = await Handle(export.Id, isLastAttempt: true);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RenderExportOutcome.Failed));
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Failed));
            Assert.That(export.ErrorCode, Is.EqualTo(Domain.Redeliveries.RedeliveryPolicy.GaveUpErrorCode));
            Assert.That(export.ErrorMessage, Does.Contain(ExportErrorCodes.RenderTimeout).And.Contains("Chromium timed out."));
            Assert.That(redeliveryScheduler.Scheduled, Has.Count.EqualTo(1));
        });
    }

    private Export Seed(Export export)
    {
        exports.Seed(export);
        return export;
    }

    private async Task<RenderExportOutcome> Handle(Guid exportId, bool isLastAttempt = false) =>
        await new RenderExportCommandHandler(
                exports, resumes, versions, users, TestPlans.Snapshots(users, usage), renderer, documentRenderer, storage, systemLog, unitOfWork, clock,
                new ExportFailureLog(failureLog), TestRedelivery.Planner(clock, redeliveryWindow), redeliveryScheduler, renderLocks)
            .Handle(new RenderExportCommand(exportId, isLastAttempt), CancellationToken.None);
}
