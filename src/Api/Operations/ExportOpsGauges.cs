using System.Diagnostics.Metrics;
using Mediator;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Operations.GetExportOpsMetrics;

namespace ResumeExport.Api.Operations;

/// <summary>
/// GET /api/metrics/export-ops as gauges, refreshed every <see cref="OperationsGaugeOptions.GaugeRefreshInterval"/>
/// from the same query, so dashboards agree with it and metric exports never hit the database or broker.
/// </summary>
internal sealed partial class ExportOpsGauges : BackgroundService
{
    private readonly IServiceScopeFactory scopes;
    private readonly IOptions<OperationsGaugeOptions> options;
    private readonly ILogger<ExportOpsGauges> logger;
    private volatile ExportOpsMetricsResponse? latest;

    public ExportOpsGauges(IServiceScopeFactory scopes, IMeterFactory meters, IOptions<OperationsGaugeOptions> options, ILogger<ExportOpsGauges> logger)
    {
        this.scopes = scopes;
        this.options = options;
        this.logger = logger;
        var meter = meters.Create(ResumeExportTelemetry.SourceName);
        meter.CreateObservableGauge("resume_export.export.count", ObserveExports, "{export}", "Exports by status.");
        meter.CreateObservableGauge("resume_export.queue.depth", () => ObserveQueues(deadLetters: false, q => q.Messages), "{message}",
            "Messages waiting in each work queue (ready and unacknowledged).");
        meter.CreateObservableGauge("resume_export.queue.consumer.count", () => ObserveQueues(deadLetters: false, q => q.Consumers), "{consumer}",
            "Consumers attached to each work queue.");
        meter.CreateObservableGauge("resume_export.queue.dead_letter.depth", () => ObserveQueues(deadLetters: true, q => q.Messages), "{message}",
            "Dead letters in each error queue (<queue>_error).");
        meter.CreateObservableGauge("resume_export.outbox.backlog", () => Observe(m => m.Outbox.Pending), "{message}",
            "Messages committed to the outbox and not yet published to RabbitMQ.");
        meter.CreateObservableGauge("resume_export.outbox.lag", () => Observe(m => m.Outbox.LagSeconds), "s",
            "Age of the oldest unpublished outbox message (0 when none waits).");
        meter.CreateObservableGauge("resume_export.billing.webhook.dead_letter.count", () => Observe(m => m.WebhookDeadLetters), "{event}",
            "Billing webhook events stored as failed and not replayed.");
        meter.CreateObservableGauge("resume_export.redelivery.waiting", ObserveWaiting, "{item}",
            "Exports and e-mails out of quick retries waiting for a redelivery, by kind and error code.");
        meter.CreateObservableGauge("resume_export.redelivery.oldest_wait", () => Observe(m => m.Redelivery.OldestWaitSeconds), "s",
            "Time since the first failure of the item waiting longest for a redelivery (0 when none waits).");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.GaugeRefreshInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                latest = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetExportOpsMetricsQuery(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRefreshFailed(exception.GetType().Name, exception.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private IEnumerable<Measurement<long>> ObserveExports() =>
        latest?.Exports.Select(e => new Measurement<long>(e.Value, new KeyValuePair<string, object?>(MetricAttributes.ExportStatus, e.Key))) ?? [];

    // Empty while broker statistics are down: a gap, not a misleading zero.
    private IEnumerable<Measurement<long>> ObserveQueues(bool deadLetters, Func<QueueStats, long> value) =>
        latest?.Queues
            .Where(q => q.IsErrorQueue == deadLetters)
            .Select(q => new Measurement<long>(value(q), new KeyValuePair<string, object?>(MetricAttributes.QueueName, q.Name))) ?? [];

    private IEnumerable<Measurement<long>> ObserveWaiting() =>
        latest?.Redelivery.ByReason.Select(w => new Measurement<long>(
            w.Count, new KeyValuePair<string, object?>(MetricAttributes.WorkKind, w.Kind), new KeyValuePair<string, object?>(MetricAttributes.ErrorType, w.Reason))) ?? [];

    private IEnumerable<Measurement<T>> Observe<T>(Func<ExportOpsMetricsResponse, T> value)
        where T : struct =>
        latest is { } metrics ? [new Measurement<T>(value(metrics))] : [];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Export-ops gauges not refreshed: {ExceptionType} {Reason}")]
    private partial void LogRefreshFailed(string exceptionType, string reason);
}
