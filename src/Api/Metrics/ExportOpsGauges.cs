using System.Diagnostics.Metrics;
using Mediator;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Operations.GetExportOpsMetrics;

namespace ResumeExport.Api.Metrics;

/// <summary>
/// The figures of GET /api/metrics/export-ops as OpenTelemetry gauges (meter <c>ResumeExport</c>): refreshed every
/// 30 seconds from the same query, so dashboards and the endpoint never disagree.
/// </summary>
internal sealed partial class ExportOpsGauges : BackgroundService
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    private readonly IServiceScopeFactory scopes;
    private readonly ILogger<ExportOpsGauges> logger;
    private volatile ExportOpsMetricsResponse? latest;

    public ExportOpsGauges(IServiceScopeFactory scopes, IMeterFactory meters, ILogger<ExportOpsGauges> logger)
    {
        this.scopes = scopes;
        this.logger = logger;
        var meter = meters.Create(ResumeExportTelemetry.SourceName);
        meter.CreateObservableGauge("resume_export.exports", ObserveExports, description: "Exports by status.");
        meter.CreateObservableGauge("resume_export.queue.messages", () => ObserveQueues(q => q.Messages), description: "Messages waiting per queue (error queues are dead letters).");
        meter.CreateObservableGauge("resume_export.queue.consumers", () => ObserveQueues(q => q.Consumers), description: "Consumers per queue.");
        meter.CreateObservableGauge("resume_export.emails", ObserveEmails, description: "E-mails sent and failed by reason (durable counters).");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshInterval);
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
        latest?.Exports.Select(e => new Measurement<long>(e.Value, new KeyValuePair<string, object?>("status", e.Key))) ?? [];

    private IEnumerable<Measurement<long>> ObserveQueues(Func<Application.Common.Ports.QueueStats, long> value) =>
        latest?.Queues.Select(q => new Measurement<long>(value(q), new KeyValuePair<string, object?>("queue", q.Name))) ?? [];

    private IEnumerable<Measurement<long>> ObserveEmails() =>
        latest?.Counters.EmailByReason.SelectMany(r => new[]
        {
            new Measurement<long>(r.Value.Sent, new("reason", r.Key), new("outcome", "sent")),
            new Measurement<long>(r.Value.Failed, new("reason", r.Key), new("outcome", "failed")),
        }) ?? [];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Export-ops gauges not refreshed: {ExceptionType} {Reason}")]
    private partial void LogRefreshFailed(string exceptionType, string reason);
}
