using Mediator;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Common.Redelivery;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Plans;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Redeliveries;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.Exports.RenderExport;

/// <param name="IsLastAttempt">No redelivery follows: a transient failure now fails the export.</param>
public sealed record RenderExportCommand(Guid ExportId, bool IsLastAttempt) : ICommand<RenderExportOutcome>;

/// <remarks>
/// PDFs come from <see cref="IResumePdfRenderer"/> (Chromium), every other format from <see cref="IResumeDocumentRenderer"/>;
/// only a PDF gets a page count and a preview key (decision 27). Follow-ups (e-mail, waiting bulk applications) are
/// <see cref="ExportCompleted"/> and <see cref="ExportFailed"/> handlers in the same transaction (decision 25). Every failure is a <see cref="CodedFailureException"/> reaching
/// <see cref="FailAsync"/>, the one failure path. An export of a render already stored (same render key) takes that file
/// instead of rendering (<see cref="FileReusePolicy"/>, decision 35).
/// </remarks>
public sealed class RenderExportCommandHandler(
    IExportRepository exports, IResumeRepository resumes, IResumeVersionRepository versions, IUserRepository users, PlanSnapshotReader planSnapshots,
    IResumePdfRenderer pdfRenderer, IResumeDocumentRenderer documentRenderer, IExportStorage storage, ISystemLog systemLog, IUnitOfWork unitOfWork, TimeProvider clock,
    ExportFailureLog failureLog, RedeliveryPlanner redeliveries, IRedeliveryScheduler redeliveryScheduler, IExportRenderLocks renderLocks)
    : ICommandHandler<RenderExportCommand, RenderExportOutcome>
{
    public async ValueTask<RenderExportOutcome> Handle(RenderExportCommand command, CancellationToken cancellationToken)
    {
        // Taken before the export is read, so a copy that gets the lock after the first delivery finished reads the
        // finished row and skips it; a copy that finds the lock held skips at once (decision 43): the holder's own
        // message carries the work, and is redelivered if the holder dies.
        await using var renderLock = await renderLocks.TryAcquireAsync(command.ExportId, cancellationToken);
        if (renderLock is null)
        {
            return RenderExportOutcome.Skipped;
        }

        var export = await exports.FindAsync(command.ExportId, cancellationToken);
        if (export is null || !export.CanStartRendering)
        {
            return RenderExportOutcome.Skipped; // idempotent: a duplicate delivery of finished work changes nothing
        }

        // Saved first: the owner sees it processing, and a worker crash still counts the attempt.
        export.StartAttempt();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        try
        {
            var input = await LoadAsync(export, cancellationToken);
            if (input.RenderKey is { } renderKey && await TryReuseAsync(export, renderKey, cancellationToken))
            {
                return RenderExportOutcome.Reused;
            }

            var file = await RenderAsync(export, input, cancellationToken);
            await StoreAsync(export, file, input.RenderKey, cancellationToken);
            return RenderExportOutcome.Completed;
        }
        catch (CodedFailureException failure)
        {
            return await FailAsync(export, failure, command);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            // Unclassified: transient, so the last attempt still fails the export rather than leaving it processing.
            return await FailAsync(export, new ExportPipelineException(ExportErrorCodes.RenderFailed, unexpected.Message, transient: true, unexpected), command);
        }
    }

    /// <summary>The resume as of the pinned version, its owner and the render key (null for exports older than versions).</summary>
    private async Task<RenderInput> LoadAsync(Export export, CancellationToken cancellationToken)
    {
        var current = await resumes.FindAsync(export.ResumeId, cancellationToken);
        var owner = await users.FindByIdAsync(export.UserId, cancellationToken);
        if (current is null || owner is null)
        {
            throw new ExportPipelineException(ExportErrorCodes.ResumeMissing, "The resume was deleted before it was exported.", transient: false);
        }

        // The version fixed at the request, not the resume as it is now (exports older than versions render the latter).
        if (export.ResumeVersion is not { } number)
        {
            return new RenderInput(current, owner.DisplayName, owner.Email, RenderKey: null);
        }

        var version = await versions.GetAsync(export.ResumeId, number, cancellationToken)
            ?? throw new ExportPipelineException(
                ExportErrorCodes.ResumeMissing, $"Version {number} of the resume is gone; it cannot be exported.", transient: false);
        var renderKey = RenderKeys.For(version.ContentSha256, export.Format, export.PageSize, owner.DisplayName, owner.Email, RendererRevision.Current);
        return new RenderInput(current.AsOf(version), owner.DisplayName, owner.Email, renderKey);
    }

    /// <summary>
    /// Completes the export with an earlier export's file of the same render key when one lives long enough and its
    /// file is still there (decision 35): no renderer work, no bytes stored, the same follow-ups as a render.
    /// </summary>
    private async Task<bool> TryReuseAsync(Export export, string renderKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var source = await exports.FindReusableAsync(export.UserId, renderKey, storage.Driver, now + FileReusePolicy.SafetyMargin, cancellationToken);
        if (FileReusePolicy.Decide(export, renderKey, source, storage.Driver, now) != FileReuseDecision.Reuse
            || !await storage.ExistsAsync(source!.StorageKey!, cancellationToken))
        {
            return false; // a file removed behind our back is rendered anew
        }

        using var span = ResumeExportTelemetry.Source.StartActivity("reuse export file");
        span?.SetTag("export.id", export.Id).SetTag("export.format", export.Format).SetTag("export.reused_from", source.Id);
        return await unitOfWork.InTransactionAsync(async ct =>
        {
            var completedAt = clock.GetUtcNow();
            var (_, limit, _) = await planSnapshots.LockAsync(export.UserId, completedAt, ct)
                ?? throw new ExportPipelineException(ExportErrorCodes.ResumeMissing, "The owner's account no longer exists.", transient: false);

            // Its own preview, drawn from the shared PDF on first view, so each export's cleanup removes only its own.
            var previewKey = source.PreviewStorageKey is null ? null : ExportStorageKeys.PreviewFor(export.UserId, export.Id);
            export.CompleteWithFileOf(source, renderKey, storage.Driver, limit.ExportRetentionDays, completedAt, previewKey);
            systemLog.Add(SystemLog.Record(export.UserId, SystemLogActions.ExportReused, completedAt, new Dictionary<string, object?>
            {
                ["exportId"] = export.Id,
                ["format"] = export.Format,
                ["resumeVersion"] = export.ResumeVersion,
                ["sha256"] = export.FileSha256,
                ["reusedFrom"] = source.Id,
                ["sizeBytes"] = export.SizeBytes,
            }, quantity: 0));
            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
    }

    private async Task<RenderedFile> RenderAsync(Export export, RenderInput input, CancellationToken cancellationToken)
    {
        var (resume, authorName, authorEmail, _) = input;
        if (ExportFormats.NeedsBrowser(export.Format))
        {
            using var span = ResumeExportTelemetry.Source.StartActivity("render pdf");
            span?.SetTag("export.id", export.Id).SetTag("export.format", export.Format);
            var pdf = await pdfRenderer.RenderAsync(new PdfRenderRequest(resume, authorName, authorEmail, export.PageSize), cancellationToken);
            span?.SetTag("pdf.pages", pdf.PageCount).SetTag("pdf.bytes", pdf.Content.Length);
            return new RenderedFile(pdf.Content, pdf.PageCount);
        }

        using (var span = ResumeExportTelemetry.Source.StartActivity("render document"))
        {
            span?.SetTag("export.id", export.Id).SetTag("export.format", export.Format);
            var document = await documentRenderer.RenderAsync(
                new DocumentRenderRequest(resume, export.Format, authorName, authorEmail, export.PageSize), cancellationToken);
            span?.SetTag("document.bytes", document.Content.Length);
            return new RenderedFile(document.Content, PageCount: null);
        }
    }

    /// <summary>
    /// Uploads the file, then completes the export under the owner's lock. The upload comes first, outside the
    /// transaction: a slow or stalled store (S3 answering 503 or not at all, a full disk, each retried) must not hold the
    /// owner's row lock, which every export request and resume edit of that owner waits for; held across a 30 s S3 stall,
    /// it filled the API's pool with waiters and took its readiness down (the <c>s3-errors-stall</c> finding,
    /// docs/reliability.md). A file the owner may not store after all (over today's upload bytes, or the account gone
    /// meanwhile) is deleted again and fails the export with a permanent <see cref="ExportPipelineException"/>.
    /// </summary>
    private async Task StoreAsync(Export export, RenderedFile file, string? renderKey, CancellationToken cancellationToken)
    {
        // Fixed keys per export: a retry after a crash overwrites the same object.
        var key = ExportStorageKeys.For(export.UserId, export.Id, export.Format);
        var storeSpan = ExportFormats.NeedsBrowser(export.Format) ? "store pdf" : "store document";
        using (ResumeExportTelemetry.Source.StartActivity(storeSpan)?.SetTag("storage.driver", storage.Driver).SetTag("export.format", export.Format))
        {
            await storage.SaveAsync(key, file.Content, ExportFormats.ContentTypeOf(export.Format), cancellationToken);
        }

        try
        {
            await unitOfWork.InTransactionAsync(ct => CompleteAsync(export, file, key, renderKey, ct), cancellationToken);
        }
        catch (ExportPipelineException refused) when (!refused.Transient)
        {
            // Best effort: a delete that fails too leaves an object no row names, under this export's own key.
            await storage.DeleteAsync(key, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }

    /// <summary>Locked: two exports of one user finishing together cannot both squeeze under dailyUploadBytes.</summary>
    private async Task<bool> CompleteAsync(Export export, RenderedFile file, string key, string? renderKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (_, limit, today) = await planSnapshots.LockAsync(export.UserId, now, cancellationToken)
            ?? throw new ExportPipelineException(ExportErrorCodes.ResumeMissing, "The owner's account no longer exists.", transient: false);
        var check = PlanLimitPolicy.CanStoreBytes(limit, today, file.Content.Length);
        if (!check.Allowed)
        {
            throw new ExportPipelineException(ExportErrorCodes.UploadLimitExceeded,
                $"Storing {file.Content.Length} bytes would exceed today's {check.Limit} bytes ({check.Usage} used).", transient: false);
        }

        // A PDF's preview key is recorded now (drawn on first view, decision 22) so cleanup removes both files.
        var previewKey = file.PageCount is null ? null : ExportStorageKeys.PreviewFor(export.UserId, export.Id);
        // Hashed from the very bytes handed to storage: what the e-mail worker later checks each attachment against.
        export.Complete(storage.Driver, key, file.Content.Length, limit.ExportRetentionDays, now, previewKey, FileHashes.Sha256Hex(file.Content), renderKey);
        var details = new Dictionary<string, object?>
        {
            ["exportId"] = export.Id,
            ["format"] = export.Format,
            ["resumeVersion"] = export.ResumeVersion,
            ["sha256"] = export.FileSha256,
        };
        if (file.PageCount is { } pages)
        {
            details["pages"] = pages;
        }

        systemLog.Add(SystemLog.Record(export.UserId, SystemLogActions.ExportStored, now, details, quantity: file.Content.Length));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Logs the failure, then rethrows for a quick retry, waits for a redelivery (out of quick retries, transient,
    /// decision 36) or fails the export for good.
    /// </summary>
    private async Task<RenderExportOutcome> FailAsync(Export export, CodedFailureException failure, RenderExportCommand command)
    {
        var redelivery = failure.Transient && command.IsLastAttempt ? redeliveries.Decide(export.WaitingSince, export.Redeliveries) : null;
        var final = !failure.Transient || redelivery is { GiveUp: true };
        failureLog.Record(export.Id, export.Attempts, failure, final);
        if (!export.CanStartRendering)
        {
            // The completion rolled back, so the row is still processing and the redelivery starts from it.
            throw failure;
        }

        if (redelivery is { GiveUp: false })
        {
            // The waiting state and the redelivery commit together: the message is then acknowledged, nothing is lost.
            export.WaitForRedelivery(failure.Code, failure.Message, redelivery.WaitingSince, redelivery.DueAt);
            redeliveryScheduler.Schedule(
                ExportRenderRequests.RenderMessageFor(export), RedeliveryKind.Export, export.Id, export.Redeliveries, redelivery, failure.Code, failure.Message);
            await unitOfWork.SaveChangesAsync(CancellationToken.None);
            return RenderExportOutcome.Waiting;
        }

        if (!final)
        {
            export.RecordAttemptError(failure.Code, failure.Message);
        }
        else if (redelivery is not null && export.WaitingSince is not null)
        {
            // Re-driven for the whole window: failed with a code that says so, naming the last underlying error.
            export.Fail(RedeliveryPolicy.GaveUpErrorCode,
                RedeliveryPolicy.GaveUpMessage(redeliveries.Schedule, export.Redeliveries, failure.Code, failure.Message), clock.GetUtcNow());
            await unitOfWork.SaveChangesAsync(CancellationToken.None);
            return RenderExportOutcome.Failed;
        }
        else
        {
            export.Fail(failure.Code, failure.Message, clock.GetUtcNow());
        }

        // Not the message's token: a shutdown must not fail the export yet leave its applications waiting.
        await unitOfWork.SaveChangesAsync(CancellationToken.None);
        if (!final || failure.Transient)
        {
            throw failure; // not final: the queue retries with backoff; out of retries without redelivery: the error queue gets this reason
        }

        return RenderExportOutcome.Failed;
    }
}
