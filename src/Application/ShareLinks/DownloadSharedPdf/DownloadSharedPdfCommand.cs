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
/// Serves the newest completed PDF export of the resume requested after its last change, so the file always shows
/// what the page shows. None yet: one is queued for the owner through the normal pipeline (their plan's daily limits
/// apply, as for any export of theirs) and the viewer is told to come back (202, Retry-After). The file is read through
/// the driver that wrote it and streamed by the API, never redirected to storage: the page makes no request to any
/// other host.
/// </remarks>
public sealed class DownloadSharedPdfCommandHandler(
    SharedLinkFinder finder,
    IShareLinkRepository shareLinks,
    IResumeRepository resumes,
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
        var (link, outcome) = await finder.FindAsync(command.Token, cancellationToken);
        if (link is null || outcome != SharedLinkOutcome.Open)
        {
            return SharedPdf.Refused(outcome);
        }

        if (!ShareLinkAccessPass.Opens(link, command.AccessPass, clock.GetUtcNow()))
        {
            return SharedPdf.Refused(SharedLinkOutcome.PasswordRequired);
        }

        var resume = await resumes.FindAsync(link.ResumeId, cancellationToken);
        if (resume is null || resume.UserId != link.UserId)
        {
            return SharedPdf.Refused(SharedLinkOutcome.NotFound);
        }

        var export = await exports.FindLatestLiveSinceAsync(resume.Id, ExportFormats.Pdf, resume.UpdatedAt, cancellationToken);
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
            if (await exports.FindLatestLiveSinceAsync(resume.Id, ExportFormats.Pdf, resume.UpdatedAt, ct) is { Status: not ExportStatus.Completed })
            {
                return SharedPdf.Rendering(RenderingRetryAfter);
            }

            if (!PlanLimitPolicy.CanEnqueueExport(limit, today).Allowed || !PlanLimitPolicy.HasUploadBytesLeft(limit, today).Allowed)
            {
                return SharedPdf.Unavailable(PlanLimitPolicy.NextDailyReset(now) - now);
            }

            var export = Export.Request(link.UserId, resume.Id, PageSize.A4, ExportDelivery.Download, idempotencyKey: null, now, ExportFormats.Pdf);
            exports.Add(export);
            systemLog.Add(SystemLog.Record(link.UserId, SystemLogActions.ExportRequested, now,
                new Dictionary<string, object?> { ["exportId"] = export.Id, ["shareLinkId"] = link.Id }, quantity: 1));
            outbox.EnqueueRender(export, now);
            await unitOfWork.SaveChangesAsync(ct);
            return SharedPdf.Rendering(RenderingRetryAfter);
        }, cancellationToken);
}
