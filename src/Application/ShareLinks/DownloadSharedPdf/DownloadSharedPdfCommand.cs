using Mediator;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Exports.DownloadExport;
using ResumeExport.Application.Plans;
using ResumeExport.Application.ShareLinks.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.ShareLinks;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.ShareLinks.DownloadSharedPdf;

/// <summary>The shared resume's PDF, for a viewer of its page (decision 31).</summary>
/// <param name="AccessPass">As for the page: a protected link needs the pass its password earned.</param>
public sealed record DownloadSharedPdfCommand(string Token, string? AccessPass) : ICommand<SharedPdf>;

/// <remarks>
/// Serves the owner's live A4 PDF export of exactly the version the page shows (the pinned one, or the resume's
/// latest), so the file always says what the page says. None yet: one export of that version is queued for the owner
/// through the normal pipeline (the worker's render reuse, decision 35, turns it into a copy when the file exists;
/// the owner's daily limits apply) and the viewer is told to come back (202, Retry-After). While it is queued or
/// rendering nobody queues another, so anonymous viewers cause at most one render per version at a time and at most
/// the owner's <c>dailyExports</c> a day. The file is read through the driver that wrote it and streamed by the API,
/// never redirected to storage: the page makes no request to any other host.
/// </remarks>
public sealed class DownloadSharedPdfCommandHandler(
    IShareLinkRepository shareLinks,
    SharedResumeLoader loader,
    IExportRepository exports,
    IExportStorageDrivers storageDrivers,
    PlanSnapshotReader planSnapshots,
    ISystemLog systemLog,
    IMessageOutbox outbox,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<DownloadSharedPdfCommand, SharedPdf>
{
    /// <summary>A PDF takes seconds to print: the viewer's browser asks again after this.</summary>
    public static readonly TimeSpan RenderingRetryAfter = TimeSpan.FromSeconds(5);

    public async ValueTask<SharedPdf> Handle(DownloadSharedPdfCommand command, CancellationToken cancellationToken)
    {
        // The loader says which version the page shows (LatestVersion of what it returns) and that it still exists.
        var (link, resume, outcome) = await loader.OpenAsync(command.Token, command.AccessPass, cancellationToken);
        if (link is null || resume is null)
        {
            return SharedPdf.Refused(outcome);
        }

        var export = await exports.FindLiveOfVersionAsync(resume.Id, resume.LatestVersion, ExportFormats.Pdf, PageSize.A4, clock.GetUtcNow(), cancellationToken);
        if (export is { Status: ExportStatus.Completed, StorageKey: { } key, StorageDriver: { } driver }
            && storageDrivers.Find(driver) is { } storage)
        {
            try
            {
                var content = await storage.ReadAsync(key, cancellationToken);
                await shareLinks.CountDownloadAsync(link.Id, cancellationToken);
                return SharedPdf.Ready(content, DownloadFileNames.For(resume.Title, ExportFormats.Pdf));
            }
            catch (FileNotFoundException)
            {
                // Cleaned up under us: render anew below.
            }
        }

        return export is { Status: ExportStatus.Queued or ExportStatus.Processing }
            ? SharedPdf.Rendering(RenderingRetryAfter)
            : await QueueForOwnerAsync(link, resume, cancellationToken);
    }

    private Task<SharedPdf> QueueForOwnerAsync(ShareLink link, Resume resume, CancellationToken cancellationToken) =>
        unitOfWork.InTransactionAsync(async ct =>
        {
            var now = clock.GetUtcNow();
            var (_, limit, today) = await planSnapshots.LockAsync(link.UserId, now, ct) ?? throw new InvalidOperationException("A share link outlived its owner.");

            // Under the owner's lock a concurrent viewer may have queued one already.
            if (await exports.FindLiveOfVersionAsync(resume.Id, resume.LatestVersion, ExportFormats.Pdf, PageSize.A4, now, ct) is { Status: not ExportStatus.Completed })
            {
                return SharedPdf.Rendering(RenderingRetryAfter);
            }

            if (!PlanLimitPolicy.CanEnqueueExport(limit, today).Allowed || !PlanLimitPolicy.HasUploadBytesLeft(limit, today).Allowed)
            {
                return SharedPdf.Unavailable(PlanLimitPolicy.NextDailyReset(now) - now);
            }

            var export = Export.Request(
                link.UserId, resume.Id, PageSize.A4, ExportDelivery.Download, idempotencyKey: null, now, ExportFormats.Pdf, resume.LatestVersion);
            exports.Add(export);
            systemLog.Add(SystemLog.Record(link.UserId, SystemLogActions.ExportRequested, now,
                new Dictionary<string, object?> { ["exportId"] = export.Id, ["shareLinkId"] = link.Id }, quantity: 1));
            outbox.EnqueueRender(export, now);
            await unitOfWork.SaveChangesAsync(ct);
            return SharedPdf.Rendering(RenderingRetryAfter);
        }, cancellationToken);
}
