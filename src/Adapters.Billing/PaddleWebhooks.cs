using System.Text.Json;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Billing;

namespace ResumeExport.Adapters.Billing;

/// <summary>
/// Verifies <c>Paddle-Signature</c> (HMAC-SHA256 over <c>ts:body</c>, within tolerance). The user is
/// <c>data.custom_data.userId</c> (else <c>email</c>); the plan the price's <c>custom_data.planCode</c>, else its
/// <c>Billing:Paddle:PriceIds</c> entry.
/// </summary>
internal sealed class PaddleWebhooks(IOptions<PaddleBillingOptions> options, TimeProvider clock)
{
    public WebhookVerification Verify(string rawBody, IReadOnlyDictionary<string, string> headers)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.WebhookSecret))
        {
            return WebhookVerification.Rejected("Paddle webhooks are not enabled on this server.");
        }

        if (!headers.TryGetValue("Paddle-Signature", out var header) || header.Length == 0)
        {
            return WebhookVerification.Rejected("The Paddle-Signature header is missing.");
        }

        if (TimestampedHmacSignature.Check(SignatureScheme.Paddle, header, rawBody, settings.WebhookSecret,
                clock.GetUtcNow().ToUnixTimeSeconds(), (long)settings.WebhookTolerance.TotalSeconds) is { } reason)
        {
            return WebhookVerification.Rejected(reason);
        }

        try
        {
            using var document = JsonDocument.Parse(rawBody);
            return WebhookJson.String(document.RootElement, "event_id") is { } id && WebhookJson.String(document.RootElement, "event_type") is { } type
                ? WebhookVerification.Ok(id, type)
                : WebhookVerification.Rejected("The Paddle event has no event_id or event_type.");
        }
        catch (JsonException)
        {
            return WebhookVerification.Rejected("The Paddle event is not JSON.");
        }
    }

    public BillingWebhookMessage Parse(string rawBody)
    {
        using var document = JsonDocument.Parse(rawBody);
        var root = document.RootElement;
        var data = WebhookJson.Path(root, "data") ?? throw new InvalidOperationException("The Paddle event has no data.");
        return WebhookJson.String(root, "event_type") switch
        {
            "subscription.created" or "subscription.updated" or "subscription.activated" or "subscription.resumed" =>
                FromSubscription(WebhookJson.String(data, "status") == "canceled" ? BillingWebhookKind.SubscriptionCancelled : BillingWebhookKind.SubscriptionUpdated, data),
            "subscription.canceled" => FromSubscription(BillingWebhookKind.SubscriptionCancelled, data),
            "transaction.payment_failed" => new BillingWebhookMessage(
                BillingWebhookKind.PaymentFailed,
                WebhookJson.String(data, "custom_data", "userId"),
                WebhookJson.String(data, "custom_data", "email"),
                null,
                WebhookJson.String(data, "subscription_id"),
                WebhookJson.String(data, "customer_id"),
                null,
                null),
            _ => BillingWebhookMessage.Ignored,
        };
    }

    private BillingWebhookMessage FromSubscription(BillingWebhookKind kind, JsonElement data) =>
        new(
            kind,
            WebhookJson.String(data, "custom_data", "userId"),
            WebhookJson.String(data, "custom_data", "email"),
            WebhookJson.String(data, "items", "0", "price", "custom_data", "planCode") ?? PlanForPrice(WebhookJson.String(data, "items", "0", "price", "id")),
            WebhookJson.String(data, "id"),
            WebhookJson.String(data, "customer_id"),
            WebhookJson.Iso(data, "current_billing_period", "starts_at"),
            WebhookJson.Iso(data, "current_billing_period", "ends_at"));

    private string? PlanForPrice(string? priceId) =>
        priceId is null ? null : options.Value.PriceIds.FirstOrDefault(p => p.Value == priceId).Key;
}
