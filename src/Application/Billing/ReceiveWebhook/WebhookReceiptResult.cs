namespace ResumeExport.Application.Billing.ReceiveWebhook;

/// <param name="Error">Why the webhook was rejected (no secrets, no payload).</param>
public sealed record WebhookReceiptResult(WebhookReceipt Receipt, Guid? WebhookEventId, string? Error = null);
