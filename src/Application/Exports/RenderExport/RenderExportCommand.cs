using Mediator;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Plans;
using ResumeExport.Contracts;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.Exports.RenderExport;

/// <param name="IsLastAttempt">The queue will not deliver this message again: a transient failure now fails the export.</param>
public sealed record RenderExportCommand(Guid ExportId, bool IsLastAttempt) : ICommand<RenderExportOutcome>;

/// <remarks>
/// Every way an export can end badly — the resume or owner gone, a render or storage failure, today's upload bytes
/// exceeded at store time, an unexpected error — is a <see cref="CodedFailureException"/> that reaches
/// <see cref="FailAsync"/>, the one failure path: it writes the structured failure log, and when the failure is final it
/// fails the export together with the bulk applications waiting for its PDF, and counts those, in one transaction.
/// </remarks>
public sealed class RenderExportCommandHandler(
    IExportRepository exports, IResumeRepository resumes, IUserRepository users, PlanSnapshotReader planSnapshots,
    IResumePdfRenderer renderer, IExportStorage storage, ISystemLog systemLog, IEmailJobRepository emailJobs, IBulkApplyRepository bulkApplies,
    IEmailCounters emailCounters, IMessageOutbox outbox, IUnitOfWork unitOfWork, TimeProvider clock, ExportFailureLog failureLog)
    : ICommandHandler<RenderExportCommand, RenderExportOutcome>
{
    public async ValueTask<RenderExportOutcome> Handle(RenderExportCommand command, CancellationToken cancellationToken)
    {
        var export = await exports.FindAsync(command.ExportId, cancellationToken);
        if (export is null || !export.CanStartRendering)
        {
            return RenderExportOutcome.Skipped; // idempotent: a duplicate delivery of finished work changes nothing
        }

        export.StartAttempt();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        try
        {
            var resume = await resumes.FindAsync(export.ResumeId, cancellationToken);
            var owner = await users.FindByIdAsync(export.UserId, cancellationToken);
            if (resume is null || owner is null)
            {
                throw new ExportPipelineException(ExportErrorCodes.ResumeMissing, "The resume was deleted before it was exported.", transient: false);
            }

            RenderedPdf pdf;
            using (var span = ResumeExportTelemetry.Source.StartActivity("render pdf"))
            {
                pdf = await renderer.RenderAsync(new PdfRenderRequest(resume, owner.DisplayName, owner.Email, export.PageSize), cancellationToken);
                span?.SetTag("export.id", export.Id).SetTag("pdf.pages", pdf.PageCount).SetTag("pdf.bytes", pdf.Content.Length);
            }

            await StoreAsync(export, owner.Email, pdf, cancellationToken);
            return RenderExportOutcome.Completed;
        }
        catch (CodedFailureException failure)
        {
            return await FailAsync(export, failure, command, cancellationToken);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            // An adapter bug or an outage we did not classify: treat it as transient so the last attempt still fails
            // the export instead of leaving it processing for ever.
            return await FailAsync(export, new ExportPipelineException(ExportErrorCodes.RenderFailed, unexpected.Message, transient: true, unexpected), command, cancellationToken);
        }
    }

    /// <summary>
    /// Stores the PDF and completes the export, or throws a permanent <see cref="ExportPipelineException"/> when it may not
    /// be stored; the transaction then rolls back and the failure takes the one failure path like any other.
    /// </summary>
    private Task StoreAsync(Export export, string ownerEmail, RenderedPdf pdf, CancellationToken cancellationToken) =>
        unitOfWork.InTransactionAsync(async ct =>
        {
            // Locked: two exports of one user finishing together cannot both squeeze under dailyUploadBytes.
            var now = clock.GetUtcNow();
            var (_, limit, today) = await planSnapshots.LockAsync(export.UserId, now, ct)
                ?? throw new ExportPipelineException(ExportErrorCodes.ResumeMissing, "The owner's account no longer exists.", transient: false);
            var check = PlanLimitPolicy.CanStoreBytes(limit, today, pdf.Content.Length);
            if (!check.Allowed)
            {
                throw new ExportPipelineException(ExportErrorCodes.UploadLimitExceeded,
                    $"Storing {pdf.Content.Length} bytes would exceed today's {check.Limit} bytes ({check.Usage} used).", transient: false);
            }

            // The keys are fixed per export: if we crash after these lines, the retry overwrites the same object.
            var key = ExportStorageKeys.For(export.UserId, export.Id);
            using (ResumeExportTelemetry.Source.StartActivity("store pdf")?.SetTag("storage.driver", storage.Driver))
            {
                await storage.SaveAsync(key, pdf.Content, "application/pdf", ct);
            }

            // The preview's key is recorded now and its picture made from this PDF on its first view (decision 0022), so
            // cleanup removes both files whether or not anyone looked.
            export.Complete(storage.Driver, key, pdf.Content.Length, limit.ExportRetentionDays, now, ExportStorageKeys.PreviewFor(export.UserId, export.Id));
            systemLog.Add(SystemLog.Record(export.UserId, SystemLogActions.ExportStored, now,
                new Dictionary<string, object?> { ["exportId"] = export.Id, ["pages"] = pdf.PageCount }, quantity: pdf.Content.Length));
            if (export.Delivery == ExportDelivery.Email)
            {
                var job = EmailJob.ForFreeTierExport(export.UserId, export.Id, ownerEmail, now);
                emailJobs.Add(job);
                outbox.Enqueue(new SendExportEmail(job.Id, export.Id, export.UserId));
            }

            // Bulk applications that were waiting for this PDF go out now, committed with the completion.
            foreach (var waiting in await emailJobs.ListWaitingForExportAsync(export.Id, ct))
            {
                outbox.Enqueue(new SendBulkApplication(waiting.Id, waiting.BulkApplyId!.Value, waiting.UserId));
            }

            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);

    /// <summary>The one failure path (see the remarks on the class).</summary>
    private async Task<RenderExportOutcome> FailAsync(Export export, CodedFailureException failure, RenderExportCommand command, CancellationToken cancellationToken)
    {
        var final = !failure.Transient || command.IsLastAttempt;
        failureLog.Record(export.Id, export.Attempts, failure, final);
        if (!final)
        {
            export.RecordAttemptError(failure.Code, failure.Message);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            throw failure; // the queue retries with backoff
        }

        // Not the message's token: a shutdown must not leave the export failed but its applications still waiting.
        await unitOfWork.InTransactionAsync(async ct =>
        {
            export.Fail(failure.Code, failure.Message, clock.GetUtcNow());
            await FailWaitingApplicationsAsync(export, failure, ct);
            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }, CancellationToken.None);
        if (failure.Transient)
        {
            throw failure; // out of retries: the message goes to the error queue with this reason
        }

        return RenderExportOutcome.Failed;
    }

    /// <summary>Applications waiting for this PDF cannot go out: each fails visibly (its bulk apply, failed-emails, the counters).</summary>
    private async Task FailWaitingApplicationsAsync(Export export, CodedFailureException failure, CancellationToken cancellationToken)
    {
        var bulkApplyCache = new Dictionary<Guid, BulkApply?>();
        foreach (var waiting in await emailJobs.ListWaitingForExportAsync(export.Id, cancellationToken))
        {
            waiting.FailWithoutSending(EmailErrorCodes.ExportFailed, $"The PDF for this application could not be made: {failure.Code}.");
            var bulkApplyId = waiting.BulkApplyId!.Value;
            if (!bulkApplyCache.TryGetValue(bulkApplyId, out var bulkApply))
            {
                bulkApply = bulkApplyCache[bulkApplyId] = await bulkApplies.FindAsync(bulkApplyId, cancellationToken);
            }

            bulkApply?.ApplicationFor(waiting.Id)?.MarkFailed();
            await emailCounters.IncrementAsync(EmailReason.BulkApply, EmailJobStatus.Failed, cancellationToken);
            failureLog.RecordWaitingApplicationFailed(waiting.Id, export.Id, failure.Code);
        }
    }
}
