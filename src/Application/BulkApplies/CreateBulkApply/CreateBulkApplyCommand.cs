using Mediator;
using ResumeExport.Application.BulkApplies.Common;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Plans;
using ResumeExport.Contracts;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.BulkApplies.CreateBulkApply;

/// <summary>One resume to several openings, checked under the user's row lock so racing requests cannot both pass.</summary>
/// <param name="Format">The attachment's format, one of <see cref="ExportFormats.All"/>; PDF when omitted.</param>
/// <param name="PageSize">The attachment's paper, <c>a4</c> (default), <c>letter</c> or <c>legal</c>, as for an export.</param>
public sealed record CreateBulkApplyCommand(
    Guid ResumeId, IReadOnlyList<BulkApplicationRequest> Applications, string? Format = null, string? PageSize = null) : ICommand<BulkApplyResponse>
{
    public string FormatOrDefault => Format ?? ExportFormats.Pdf;
}

public sealed class CreateBulkApplyCommandHandler(
    ICurrentUser currentUser, PlanSnapshotReader planSnapshots, IResumeRepository resumes, IExportRepository exports, IBulkApplyRepository bulkApplies,
    IEmailJobRepository emailJobs, ISystemLog systemLog, IMessageOutbox outbox,
    IUnitOfWork unitOfWork, TimeProvider clock, RenderBacklog backlog) : ICommandHandler<CreateBulkApplyCommand, BulkApplyResponse>
{
    public async ValueTask<BulkApplyResponse> Handle(CreateBulkApplyCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        return await unitOfWork.InTransactionAsync(async ct =>
        {
            // The row lock keeps count, check and log from interleaving with a twin request.
            var now = clock.GetUtcNow();
            var (_, limit, today) = await planSnapshots.LockAsync(userId, now, ct) ?? throw new NotFoundException("User", userId);
            var resume = await resumes.FindOwnedAsync(command.ResumeId, userId, ct) ?? throw new NotFoundException("Resume", command.ResumeId);
            PlanLimitPolicy.CanExportFormat(limit, command.FormatOrDefault).ThrowIfExceeded();
            PlanLimitPolicy.CanSendApplications(limit, command.Applications.Count).ThrowIfExceeded();
            PlanLimitPolicy.CanBulkApply(limit, today).ThrowIfExceeded();

            var pageSize = ExportPageSizes.FromName(command.PageSize);
            var export = await ReusableExportAsync(command.ResumeId, resume.LatestVersion, command.FormatOrDefault, pageSize, now, ct);
            var fileReady = export is not null;
            if (export is null)
            {
                // No file to reuse: render one (not counted as a user export); the worker enqueues the e-mails when done.
                // Only then does a full render queue refuse it (decision 34): a reused file adds no render.
                await backlog.EnsureRoomAsync(exports, ct);
                export = Export.Request(
                    userId, command.ResumeId, pageSize, ExportDelivery.Download, idempotencyKey: null, now, command.FormatOrDefault, resume.LatestVersion);
                exports.Add(export);
                outbox.EnqueueRender(export, now);
            }

            var bulkApply = BulkApply.Start(userId, command.ResumeId, export.Id, now);
            foreach (var request in command.Applications)
            {
                var job = EmailJob.ForBulkApplication(userId, bulkApply.Id, export.Id, request.RecipientEmail, now);
                emailJobs.Add(job);
                bulkApply.AddApplication(request.Company.Trim(), request.Position.Trim(), request.RecipientEmail, NullIfBlank(request.Message), job.Id, now);
                if (fileReady)
                {
                    outbox.Enqueue(new SendBulkApplication(job.Id, bulkApply.Id, userId));
                }
            }

            bulkApplies.Add(bulkApply);
            systemLog.Add(SystemLog.Record(userId, SystemLogActions.BulkApply, now,
                new Dictionary<string, object?> { ["bulkApplyId"] = bulkApply.Id, ["exportId"] = export.Id, ["recipients"] = command.Applications.Count },
                quantity: command.Applications.Count));
            await unitOfWork.SaveChangesAsync(ct);
            return BulkApplyResponse.From(bulkApply);
        }, cancellationToken);
    }

    /// <summary>Only a file of the resume's current version on the asked paper: an older one would send what the user has since changed.</summary>
    private async Task<Export?> ReusableExportAsync(
        Guid resumeId, int latestVersion, string format, PageSize pageSize, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var latest = await exports.FindLatestCompletedAsync(resumeId, format, cancellationToken);
        return latest is { StorageKey: not null } && latest.ResumeVersion == latestVersion && latest.PageSize == pageSize
            && (latest.ExpiresAt is null || latest.ExpiresAt > now.AddHours(1)) ? latest : null;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
