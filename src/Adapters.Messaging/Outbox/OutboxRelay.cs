using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Adapters.Persistence.Outbox;
using ResumeExport.Application.Common.Diagnostics;

namespace ResumeExport.Adapters.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows at least once, claimed with <c>FOR UPDATE SKIP LOCKED</c> so replicas share the work.
/// The row id is the message id, so consumers can spot a re-publish.
/// </summary>
public sealed partial class OutboxRelay(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    IOptions<RabbitMqOptions> rabbit,
    CommandQueueTopology commandQueues,
    TimeProvider clock,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private DateTimeOffset nextPurge = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (settings.RelayEnabled && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await RelayBatchAsync(settings, stoppingToken);
                await PurgeSentAsync(settings, stoppingToken);
                if (result.Failed)
                {
                    await Task.Delay(settings.RetryDelay, clock, stoppingToken);
                }
                else if (result.Published < settings.BatchSize)
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be restarting; the rows are safe and the next pass retries them.
                LogRelayFailed(exception);
                await Task.Delay(settings.RetryDelay, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Public so tests and tools can drive the relay deterministically.</summary>
    public async Task<RelayBatchResult> RelayBatchAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var batch = await db.OutboxMessages
            .FromSql($"SELECT * FROM outbox_messages WHERE sent_at IS NULL ORDER BY created_at, id LIMIT {settings.BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return new RelayBatchResult(0, Failed: false);
        }

        // Concurrent publishes, each awaiting its confirm: a batch costs about one round trip.
        var outcomes = await Task.WhenAll(batch.Select(message => PublishAsync(message, settings, cancellationToken)));
        var now = clock.GetUtcNow();
        var published = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i] is null)
            {
                batch[i].MarkSent(now);
                published++;
            }
            else
            {
                batch[i].RecordFailedAttempt(outcomes[i]!);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RelayBatchResult(published, Failed: published < batch.Count);
    }

    /// <returns>null when the broker confirmed the message; otherwise the error to record.</returns>
    private async Task<string?> PublishAsync(OutboxMessage message, OutboxOptions settings, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(message.TraceParent, message.TraceState, out var parent);
        using var activity = ResumeExportTelemetry.Source.StartActivity("outbox publish", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.Id);
        activity?.SetTag("messaging.message.type", message.MessageType);
        try
        {
            var type = MessageTypeRegistry.Resolve(message.MessageType)
                ?? throw new InvalidOperationException($"Unknown message type '{message.MessageType}'.");
            var payload = JsonSerializer.Deserialize(message.Payload, type, MessageSerialization.Options)
                ?? throw new InvalidOperationException("The payload is null.");

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.PublishTimeout);
            if (MessageQueues.AddressFor(type, rabbit.Value.UseQuorumQueues) is { } queue)
            {
                if (rabbit.Value.UseQuorumQueues)
                {
                    await commandQueues.EnsureDeclaredAsync(timeout.Token).WaitAsync(timeout.Token);
                }

                // WaitAsync: a send to a connection being torn down (a partitioned node) can outlive its token, and the
                // batch's rows stay locked FOR UPDATE while it waits, so every other relay skips them. Bounded here, the
                // pass ends and the rows are retried; a send that still lands later is a copy the consumers drop.
                var endpoint = await bus.GetSendEndpoint(queue).WaitAsync(timeout.Token);
                await endpoint.Send(payload, type, context => context.MessageId = message.Id, timeout.Token).WaitAsync(timeout.Token);
            }
            else
            {
                await bus.Publish(payload, type, context => context.MessageId = message.Id, timeout.Token).WaitAsync(timeout.Token);
            }

            return null;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            LogPublishFailed(message.Id, message.MessageType, message.Attempts + 1, exception.GetType().Name, exception.Message);
            return $"{exception.GetType().Name}: {exception.Message}";
        }
    }

    private async Task PurgeSentAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now < nextPurge)
        {
            return;
        }

        nextPurge = now.AddMinutes(10);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cutoff = now - settings.SentRetention;
        await db.OutboxMessages.Where(m => m.SentAt != null && m.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({MessageType}) not published on attempt {Attempt}: {ExceptionType} {Reason}")]
    private partial void LogPublishFailed(Guid messageId, string messageType, int attempt, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay pass failed; retrying")]
    private partial void LogRelayFailed(Exception exception);
}
