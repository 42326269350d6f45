namespace ResumeExport.Application.Common.Ports.Billing;

/// <summary>The outcome of verifying a webhook: the provider's event id and type, or why it was rejected.</summary>
public sealed record WebhookVerification(bool Verified, string? EventId, string? EventType, string? Error)
{
    public static WebhookVerification Ok(string eventId, string eventType) => new(true, eventId, eventType, null);

    public static WebhookVerification Rejected(string error) => new(false, null, null, error);
}
