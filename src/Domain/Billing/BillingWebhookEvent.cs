namespace ResumeExport.Domain.Billing;

/// <summary>
/// (provider, provider event id) is unique, so redeliveries have no second effect. Stored
/// <see cref="BillingWebhookEventStatus.Failed"/> until handled, so a crash leaves a replayable dead letter.
/// </summary>
public sealed class BillingWebhookEvent
{
    public const int ProviderEventIdMaxLength = 255;
    public const int TypeMaxLength = 128;
    public const int LastErrorMaxLength = 2000;
    public const string NotYetProcessed = "received; handling has not completed";

    private BillingWebhookEvent()
    {
    }

    public Guid Id { get; private set; }

    public string Provider { get; private set; } = string.Empty;

    public string ProviderEventId { get; private set; } = string.Empty;

    public string Type { get; private set; } = string.Empty;

    public string Payload { get; private set; } = string.Empty;

    public BillingWebhookEventStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public static BillingWebhookEvent Receive(string provider, string providerEventId, string type, string payload, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            Provider = provider,
            ProviderEventId = providerEventId,
            Type = type.Length > TypeMaxLength ? type[..TypeMaxLength] : type,
            Payload = payload,
            Status = BillingWebhookEventStatus.Failed,
            Attempts = 0,
            LastError = NotYetProcessed,
            ReceivedAt = now,
        };

    public bool CanReplay => Status == BillingWebhookEventStatus.Failed;

    public void MarkProcessed(DateTimeOffset now)
    {
        Attempts++;
        Status = BillingWebhookEventStatus.Processed;
        LastError = null;
        ProcessedAt = now;
    }

    public void MarkReplayed(DateTimeOffset now)
    {
        Attempts++;
        Status = BillingWebhookEventStatus.Replayed;
        LastError = null;
        ProcessedAt = now;
    }

    public static string TrimError(string error) => error.Length > LastErrorMaxLength ? error[..LastErrorMaxLength] : error;
}
