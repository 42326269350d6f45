using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Emails.GetEmailCounters;

namespace ResumeExport.Application.Operations.GetExportOpsMetrics;

/// <param name="Exports">Count per status.</param>
/// <param name="Queues">Empty (and <paramref name="QueuesAvailable"/> false) when the broker's API is down.</param>
/// <param name="Counters">Durable e-mail counters: <c>emailByReason.{reason}.{sent,failed}</c>.</param>
/// <param name="LastAlert">The most recent export-failure alert, if any.</param>
/// <param name="Outbox">Messages waiting for the outbox relay.</param>
/// <param name="WebhookDeadLetters">Failed billing webhook events not yet replayed.</param>
/// <param name="Redelivery">Work waiting for a redelivery, by kind and reason.</param>
public sealed record ExportOpsMetricsResponse(
    IReadOnlyDictionary<string, int> Exports,
    IReadOnlyList<QueueStats> Queues,
    bool QueuesAvailable,
    EmailCountersResponse Counters,
    FailureAlertSummary? LastAlert,
    OutboxBacklog Outbox,
    long WebhookDeadLetters,
    RedeliveryBacklog Redelivery);
