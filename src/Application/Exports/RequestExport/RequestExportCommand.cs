using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Plans;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.Exports.RequestExport;

/// <param name="Format">One of <see cref="ExportFormats.All"/>; the plan's <c>exportFormats</c> must include it.</param>
/// <param name="Delivery"><c>download</c> or <c>email</c>; e-mail-delivery plans always e-mail.</param>
/// <param name="PageSize"><c>a4</c> (default), <c>letter</c> or <c>legal</c>.</param>
public sealed record RequestExportCommand(Guid ResumeId, string Format, string? Delivery, string? PageSize, string? IdempotencyKey)
    : ICommand<RequestExportResult>;

public sealed class RequestExportCommandHandler(
    ICurrentUser currentUser, PlanSnapshotReader planSnapshots, IResumeRepository resumes, IExportRepository exports, ISystemLog systemLog, IMessageOutbox outbox, IUnitOfWork unitOfWork, TimeProvider clock,
    RenderBacklog backlog)
    : ICommandHandler<RequestExportCommand, RequestExportResult>
{
    public async ValueTask<RequestExportResult> Handle(RequestExportCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        return await unitOfWork.InTransactionAsync(async ct =>
        {
            // Under the user's lock, so idempotency lookup, limits and insert cannot interleave with a twin.
            var now = clock.GetUtcNow();
            var (_, limit, today) = await planSnapshots.LockAsync(userId, now, ct) ?? throw new NotFoundException("User", userId);
            var delivery = limit.ExportDelivery == ExportDelivery.Email || command.Delivery == "email" ? ExportDelivery.Email : ExportDelivery.Download;
            var pageSize = ExportPageSizes.FromName(command.PageSize);
            if (command.IdempotencyKey is { } key && await exports.FindByIdempotencyKeyAsync(userId, key, ct) is { } earlier)
            {
                // Only the same request gets the first export back; a reused key is a client bug.
                var differences = earlier.DifferencesFrom(command.ResumeId, command.Format, pageSize, delivery);
                return differences.Count == 0
                    ? new RequestExportResult(ExportResponse.From(earlier), Created: false)
                    : throw new ConflictException(
                        ConflictCodes.IdempotencyKeyReused,
                        $"This idempotency key was already used for a different export request (other {string.Join(", ", differences)}). Use a new key for a new request.");
            }

            var resume = await resumes.FindOwnedReadOnlyAsync(command.ResumeId, userId, ct)
                ?? throw new NotFoundException("Resume", command.ResumeId);

            PlanLimitPolicy.CanExportFormat(limit, command.Format).ThrowIfExceeded();
            PlanLimitPolicy.CanEnqueueExport(limit, today).ThrowIfExceeded();
            PlanLimitPolicy.HasUploadBytesLeft(limit, today).ThrowIfExceeded();

            // After the replay above: an accepted request answers as before however full the queue is.
            await backlog.EnsureRoomAsync(exports, ct);

            // Pinned now: the worker renders this version, whatever the resume says by the time it runs.
            var export = Export.Request(userId, command.ResumeId, pageSize, delivery, command.IdempotencyKey, now, command.Format, resume.LatestVersion);
            exports.Add(export);
            systemLog.Add(SystemLog.Record(userId, SystemLogActions.ExportRequested, now, new Dictionary<string, object?> { ["exportId"] = export.Id }, quantity: 1));
            outbox.EnqueueRender(export, now);
            await unitOfWork.SaveChangesAsync(ct);
            return new RequestExportResult(ExportResponse.From(export), Created: true);
        }, cancellationToken);
    }
}
