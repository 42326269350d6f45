using Mediator;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Plans;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.Exports.RenderExport;

/// <param name="IsLastAttempt">The queue will not deliver this message again: a transient failure now fails the export.</param>
public sealed record RenderExportCommand(Guid ExportId, bool IsLastAttempt) : ICommand<RenderExportOutcome>;

/// <remarks>
/// Renders, stores and marks the export; what follows from a completed or failed export (its e-mail, the bulk
/// applications waiting for its PDF) is done by handlers of <see cref="ExportCompleted"/> and <see cref="ExportFailed"/>,
/// which the unit of work runs in the transaction that saves the outcome (decision 0025).
/// Every way an export can end badly — the resume or owner gone, a render or storage failure, today's upload bytes
/// exceeded at store time, an unexpected error — is a <see cref="CodedFailureException"/> that reaches
/// <see cref="FailAsync"/>, the one failure path.
/// </remarks>
public sealed class RenderExportCommandHandler(
    IExportRepository exports, IResumeRepository resumes, IUserRepository users, PlanSnapshotReader planSnapshots,
    IResumePdfRenderer renderer, IExportStorage storage, ISystemLog systemLog, IUnitOfWork unitOfWork, TimeProvider clock,
    ExportFailureLog failureLog)
    : ICommandHandler<RenderExportCommand, RenderExportOutcome>
{
    public async ValueTask<RenderExportOutcome> Handle(RenderExportCommand command, CancellationToken cancellationToken)
    {
        var export = await exports.FindAsync(command.ExportId, cancellationToken);
        if (export is null || !export.CanStartRendering)
        {
            return RenderExportOutcome.Skipped; // idempotent: a duplicate delivery of finished work changes nothing
        }

        // Saved before the render: the owner sees it processing, and an attempt that crashes the worker still counts.
        export.StartAttempt();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        try
        {
            var pdf = await RenderAsync(export, cancellationToken);
            await StoreAsync(export, pdf, cancellationToken);
            return RenderExportOutcome.Completed;
        }
        catch (CodedFailureException failure)
        {
            return await FailAsync(export, failure, command);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            // An adapter bug or an outage we did not classify: treat it as transient so the last attempt still fails
            // the export instead of leaving it processing for ever.
            return await FailAsync(export, new ExportPipelineException(ExportErrorCodes.RenderFailed, unexpected.Message, transient: true, unexpected), command);
        }
    }

    private async Task<RenderedPdf> RenderAsync(Export export, CancellationToken cancellationToken)
    {
        var resume = await resumes.FindAsync(export.ResumeId, cancellationToken);
        var owner = await users.FindByIdAsync(export.UserId, cancellationToken);
        if (resume is null || owner is null)
        {
            throw new ExportPipelineException(ExportErrorCodes.ResumeMissing, "The resume was deleted before it was exported.", transient: false);
        }

        using var span = ResumeExportTelemetry.Source.StartActivity("render pdf");
        var pdf = await renderer.RenderAsync(new PdfRenderRequest(resume, owner.DisplayName, owner.Email, export.PageSize), cancellationToken);
        span?.SetTag("export.id", export.Id).SetTag("pdf.pages", pdf.PageCount).SetTag("pdf.bytes", pdf.Content.Length);
        return pdf;
    }

    /// <summary>
    /// Stores the PDF and completes the export, or throws a permanent <see cref="ExportPipelineException"/> when it may not
    /// be stored; the transaction then rolls back and the failure takes the one failure path like any other.
    /// </summary>
    private Task StoreAsync(Export export, RenderedPdf pdf, CancellationToken cancellationToken) =>
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
            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);

    /// <summary>
    /// The one failure path: the structured failure log, then either the attempt's error (the queue retries) or the
    /// export failed for good, saved with what <see cref="ExportFailed"/> sets off.
    /// </summary>
    private async Task<RenderExportOutcome> FailAsync(Export export, CodedFailureException failure, RenderExportCommand command)
    {
        var final = !failure.Transient || command.IsLastAttempt;
        failureLog.Record(export.Id, export.Attempts, failure, final);
        if (!export.CanStartRendering)
        {
            // The completion was rolled back after the export was marked completed (its save or a follow-up failed): the
            // row is still processing, so the queue delivers again and the next attempt starts from it.
            throw failure;
        }

        if (!final)
        {
            export.RecordAttemptError(failure.Code, failure.Message);
        }
        else
        {
            export.Fail(failure.Code, failure.Message, clock.GetUtcNow());
        }

        // Not the message's token: a shutdown must not leave the export failed but its applications still waiting.
        await unitOfWork.SaveChangesAsync(CancellationToken.None);
        if (!final || failure.Transient)
        {
            throw failure; // not final: the queue retries with backoff; out of retries: the error queue gets this reason
        }

        return RenderExportOutcome.Failed;
    }
}
