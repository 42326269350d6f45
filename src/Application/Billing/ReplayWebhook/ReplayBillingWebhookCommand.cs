using Mediator;
using Microsoft.Extensions.Logging;
using ResumeExport.Application.Billing.Common;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Billing;

namespace ResumeExport.Application.Billing.ReplayWebhook;

/// <summary>Re-runs a failed webhook event's stored raw payload through the same handler (admin only).</summary>
public sealed record ReplayBillingWebhookCommand(Guid WebhookEventId) : ICommand<BillingWebhookEventResponse>;

public sealed partial class ReplayBillingWebhookCommandHandler(
    ICurrentUser currentUser,
    IBillingWebhookEventRepository events,
    BillingWebhookHandler handler,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<ReplayBillingWebhookCommandHandler> logger) : ICommandHandler<ReplayBillingWebhookCommand, BillingWebhookEventResponse>
{
    public async ValueTask<BillingWebhookEventResponse> Handle(ReplayBillingWebhookCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAdmin)
        {
            throw new ForbiddenException("Only admins may replay webhooks.");
        }

        Exception? failure = null;
        try
        {
            return await unitOfWork.InTransactionAsync(async ct =>
            {
                // The row lock makes racing replays (or a replay and the first delivery) apply it once.
                var row = await events.LockAsync(command.WebhookEventId, ct) ?? throw new NotFoundException("Webhook event", command.WebhookEventId);
                if (!row.CanReplay)
                {
                    throw new ConflictException(ConflictCodes.WebhookNotFailed, $"This event is {BillingWebhookEventResponse.From(row).Status}; only failed events can be replayed.");
                }

                var now = clock.GetUtcNow();
                try
                {
                    await handler.HandleAsync(row.Provider, row.Payload, now, ct);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    failure = exception;
                    throw;
                }

                row.MarkReplayed(now);
                await unitOfWork.SaveChangesAsync(ct);
                return BillingWebhookEventResponse.From(row);
            }, cancellationToken);
        }
        catch (Exception exception) when (failure is not null && ReferenceEquals(exception, failure))
        {
            LogReplayFailed(command.WebhookEventId, exception.GetType().Name);
            await events.MarkFailedAsync(command.WebhookEventId, BillingWebhookEvent.TrimError($"{exception.GetType().Name}: {exception.Message}"), CancellationToken.None);
            throw new ConflictException(ConflictCodes.ReplayFailed, "Replaying the event failed again; it stays failed. Its lastError in GET /api/billing/webhooks/failed says why.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replay of webhook event {WebhookEventId} failed with {ExceptionType}")]
    private partial void LogReplayFailed(Guid webhookEventId, string exceptionType);
}
