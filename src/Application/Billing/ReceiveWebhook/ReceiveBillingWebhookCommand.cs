using Mediator;
using Microsoft.Extensions.Logging;
using ResumeExport.Application.Billing.Common;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Billing;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Billing;

namespace ResumeExport.Application.Billing.ReceiveWebhook;

/// <param name="RawBody">Exactly as received: signatures cover these bytes.</param>
public sealed record ReceiveBillingWebhookCommand(string Provider, string RawBody, IReadOnlyDictionary<string, string> Headers)
    : ICommand<WebhookReceiptResult>;

public sealed partial class ReceiveBillingWebhookCommandHandler(
    IBillingWebhooks webhooks,
    IBillingWebhookEventRepository events,
    BillingWebhookHandler handler,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ResumeExportMetrics metrics,
    ILogger<ReceiveBillingWebhookCommandHandler> logger) : ICommandHandler<ReceiveBillingWebhookCommand, WebhookReceiptResult>
{
    public async ValueTask<WebhookReceiptResult> Handle(ReceiveBillingWebhookCommand command, CancellationToken cancellationToken)
    {
        if (!webhooks.IsWebhookProvider(command.Provider))
        {
            throw new NotFoundException("Webhook provider", command.Provider);
        }

        var verification = webhooks.Verify(command.Provider, command.RawBody, command.Headers);
        if (!verification.Verified)
        {
            LogRejected(command.Provider, verification.Error ?? "unknown");
            return new WebhookReceiptResult(WebhookReceipt.Rejected, null, verification.Error);
        }

        if (verification.EventId!.Length > BillingWebhookEvent.ProviderEventIdMaxLength)
        {
            return new WebhookReceiptResult(WebhookReceipt.Rejected, null, "The event id is too long.");
        }

        var now = clock.GetUtcNow();
        var stored = BillingWebhookEvent.Receive(command.Provider, verification.EventId!, verification.EventType!, command.RawBody, now);

        // Committed alone first, so the unique index refuses a redelivery or concurrent duplicate.
        if (!await events.TryAddAsync(stored, cancellationToken))
        {
            LogDuplicate(command.Provider, verification.EventId!);
            return new WebhookReceiptResult(WebhookReceipt.Duplicate, null);
        }

        try
        {
            await unitOfWork.InTransactionAsync(async ct =>
            {
                var row = await events.LockAsync(stored.Id, ct) ?? throw new NotFoundException("Webhook event", stored.Id);
                await handler.HandleAsync(row.Provider, row.Payload, now, ct);
                row.MarkProcessed(now);
                await unitOfWork.SaveChangesAsync(ct);
                return true;
            }, cancellationToken);
            return new WebhookReceiptResult(WebhookReceipt.Processed, stored.Id);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Dead letter: the provider gets 200 (it must not redeliver forever); an admin can replay it.
            LogHandlingFailed(command.Provider, verification.EventId!, verification.EventType!, exception.GetType().Name);
            await events.MarkFailedAsync(stored.Id, BillingWebhookEvent.TrimError($"{exception.GetType().Name}: {exception.Message}"), CancellationToken.None);
            metrics.WebhookDeadLettered(command.Provider);
            return new WebhookReceiptResult(WebhookReceipt.Failed, stored.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a {Provider} webhook: {Reason}")]
    private partial void LogRejected(string provider, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a duplicate {Provider} webhook event {ProviderEventId}")]
    private partial void LogDuplicate(string provider, string providerEventId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling {Provider} webhook event {ProviderEventId} ({EventType}) failed with {ExceptionType}; stored as failed")]
    private partial void LogHandlingFailed(string provider, string providerEventId, string eventType, string exceptionType);
}
