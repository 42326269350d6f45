using Mediator;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Requeue;
using ResumeExport.Domain.Requeue;

namespace ResumeExport.Application.Exports.RetryExport;

/// <summary>Requeues a failed export: owner or admin, when <see cref="RequeuePolicy"/> allows.</summary>
public sealed record RetryExportCommand(Guid ExportId) : ICommand<ExportResponse>;

public sealed class RetryExportCommandHandler(
    ICurrentUser currentUser, IExportRepository exports, IMessageOutbox outbox, IUnitOfWork unitOfWork,
    IOptions<RequeueOptions> options, TimeProvider clock) : ICommandHandler<RetryExportCommand, ExportResponse>
{
    public async ValueTask<ExportResponse> Handle(RetryExportCommand command, CancellationToken cancellationToken)
    {
        var export = (currentUser.IsAdmin
            ? await exports.FindAsync(command.ExportId, cancellationToken)
            : await exports.FindOwnedAsync(command.ExportId, currentUser.RequiredUserId, cancellationToken))
            ?? throw new NotFoundException("Export", command.ExportId);

        var max = options.Value.MaxRetriesPerItem;
        switch (export.CheckRequeue(max))
        {
            case RequeueDecision.NotFailed:
                throw new ConflictException(ConflictCodes.ExportNotFailed, $"The export is {export.Status.ToString().ToLowerInvariant()}; only a failed export can be retried.");
            case RequeueDecision.NotRetryable:
                throw new ConflictException(
                    ConflictCodes.NotRetryable,
                    $"This export failed with '{export.ErrorCode}', which the same request would hit again; a retry cannot help. Change the resume or your plan and request a new export.");
            case RequeueDecision.RetryCapReached:
                throw new ConflictException(ConflictCodes.RetryCapReached, $"This export was already retried {export.Retries} times, the most allowed.");
        }

        export.Requeue(max);
        outbox.EnqueueRender(export, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ExportResponse.From(export);
    }
}
