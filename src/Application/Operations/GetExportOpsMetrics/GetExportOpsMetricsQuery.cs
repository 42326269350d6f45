using Mediator;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Emails.GetEmailCounters;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.Operations.GetExportOpsMetrics;

/// <summary>The operator's view of the export pipeline (admin only at the API).</summary>
public sealed record GetExportOpsMetricsQuery : IQuery<ExportOpsMetricsResponse>;

public sealed class GetExportOpsMetricsQueryHandler(
    IExportRepository exports, IQueueStatsReader queues, IEmailCounters counters, ISystemLogReader systemLog,
    IOutboxStatsReader outbox, IBillingWebhookEventRepository webhookEvents, IRedeliveryQueue redeliveries, TimeProvider clock)
    : IQueryHandler<GetExportOpsMetricsQuery, ExportOpsMetricsResponse>
{
    public async ValueTask<ExportOpsMetricsResponse> Handle(GetExportOpsMetricsQuery query, CancellationToken cancellationToken)
    {
        var byStatus = await exports.CountByStatusAsync(cancellationToken);
        var queueStats = await queues.ReadAsync(cancellationToken);
        var emailCounters = EmailCountersResponse.From(await counters.ReadAsync(cancellationToken));
        var lastAlert = await systemLog.LatestAsync(SystemLogActions.ExportFailureAlert, cancellationToken);
        var outboxStats = await outbox.ReadAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var lag = outboxStats.OldestPendingSince is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0;
        var waiting = (await redeliveries.ReadWaitingAsync(cancellationToken))
            .Select(w => new WaitingWork(w.Kind, w.Reason, w.Count, Math.Max(0, (now - w.OldestSince).TotalSeconds)))
            .ToList();

        return new ExportOpsMetricsResponse(
            byStatus.ToDictionary(s => s.Key.ToString().ToLowerInvariant(), s => s.Value),
            queueStats,
            queueStats.Count > 0,
            emailCounters,
            lastAlert is null ? null : FailureAlertSummary.From(lastAlert.CreatedAt, lastAlert.Metadata),
            new OutboxBacklog(outboxStats.Pending, lag),
            await webhookEvents.CountFailedAsync(cancellationToken),
            new RedeliveryBacklog(waiting.Sum(w => w.Count), waiting.Count == 0 ? 0 : waiting.Max(w => w.OldestWaitSeconds), waiting));
    }
}
