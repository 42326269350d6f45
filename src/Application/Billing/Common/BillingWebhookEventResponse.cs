using ResumeExport.Domain.Billing;

namespace ResumeExport.Application.Billing.Common;

/// <summary>A stored webhook event for operators; the raw payload is not returned.</summary>
public sealed record BillingWebhookEventResponse(
    Guid Id,
    string Provider,
    string ProviderEventId,
    string Type,
    string Status,
    int Attempts,
    string? LastError,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ProcessedAt)
{
    public static BillingWebhookEventResponse From(BillingWebhookEvent e) => new(
        e.Id,
        e.Provider,
        e.ProviderEventId,
        e.Type,
        e.Status switch
        {
            BillingWebhookEventStatus.Processed => "processed",
            BillingWebhookEventStatus.Replayed => "replayed",
            _ => "failed",
        },
        e.Attempts,
        e.LastError,
        e.ReceivedAt,
        e.ProcessedAt);
}
