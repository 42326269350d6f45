using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Emails.GetEmailCounters;

namespace ResumeExport.Application.Operations.GetExportOpsMetrics;

/// <param name="Exports">Count per status: queued, processing, completed, failed, expired.</param>
/// <param name="Queues">Work queues and their error queues; empty (and <paramref name="QueuesAvailable"/> false) when the broker's API is down.</param>
/// <param name="Counters">The durable e-mail counters: <c>emailByReason.{freeTierExport,bulkApply}.{sent,failed}</c>.</param>
/// <param name="LastAlert">The most recent export-failure alert, if any.</param>
/// <param name="Outbox">Messages waiting for the outbox relay and the age of the oldest.</param>
/// <param name="WebhookDeadLetters">Billing webhook events stored as failed and not replayed yet.</param>
public sealed record ExportOpsMetricsResponse(
    IReadOnlyDictionary<string, int> Exports,
    IReadOnlyList<QueueStats> Queues,
    bool QueuesAvailable,
    EmailCountersResponse Counters,
    FailureAlertSummary? LastAlert,
    OutboxBacklog Outbox,
    long WebhookDeadLetters);
