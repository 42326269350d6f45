using System.Text.Json;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Billing;
using Stripe;

namespace ResumeExport.Adapters.Billing;

/// <summary>
/// Verified by <see cref="EventUtility.ConstructEvent(string, string, string, long, long, bool)"/>, or by hand when the
/// SDK cannot model the event's API version. The user is <c>metadata.userId</c> (else <c>email</c>); the plan the first
/// item's <c>price.lookup_key</c>.
/// </summary>
internal sealed class StripeWebhooks(IOptions<StripeBillingOptions> options, TimeProvider clock)
{
    public WebhookVerification Verify(string rawBody, IReadOnlyDictionary<string, string> headers)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.WebhookSecret))
        {
            return WebhookVerification.Rejected("Stripe webhooks are not enabled on this server.");
        }

        if (!headers.TryGetValue("Stripe-Signature", out var header) || header.Length == 0)
        {
            return WebhookVerification.Rejected("The Stripe-Signature header is missing.");
        }

        var tolerance = (long)settings.WebhookTolerance.TotalSeconds;
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        try
        {
            var stripeEvent = EventUtility.ConstructEvent(rawBody, header, settings.WebhookSecret, tolerance, now, throwOnApiVersionMismatch: false);
            return string.IsNullOrEmpty(stripeEvent.Id) || string.IsNullOrEmpty(stripeEvent.Type)
                ? WebhookVerification.Rejected("The Stripe event has no id or type.")
                : WebhookVerification.Ok(stripeEvent.Id, stripeEvent.Type);
        }
        catch (StripeException exception)
        {
            return WebhookVerification.Rejected($"The Stripe signature is not valid: {exception.Message}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The SDK could not read the event: verify the documented scheme ourselves.
            return VerifyByHand(rawBody, header, settings.WebhookSecret, tolerance, now);
        }
    }

    public static BillingWebhookMessage Parse(string rawBody)
    {
        using var document = JsonDocument.Parse(rawBody);
        var root = document.RootElement;
        var type = WebhookJson.String(root, "type");
        var data = WebhookJson.Path(root, "data", "object")
            ?? throw new InvalidOperationException("The Stripe event has no data.object.");
        return type switch
        {
            "customer.subscription.created" or "customer.subscription.updated" or "customer.subscription.resumed" =>
                FromSubscription(WebhookJson.String(data, "status") is "canceled" or "incomplete_expired"
                    ? BillingWebhookKind.SubscriptionCancelled
                    : BillingWebhookKind.SubscriptionUpdated, data),
            "customer.subscription.deleted" => FromSubscription(BillingWebhookKind.SubscriptionCancelled, data),
            "invoice.payment_failed" => FromInvoice(data),
            _ => BillingWebhookMessage.Ignored,
        };
    }

    private static BillingWebhookMessage FromSubscription(BillingWebhookKind kind, JsonElement subscription) =>
        new(
            kind,
            WebhookJson.String(subscription, "metadata", "userId"),
            WebhookJson.String(subscription, "metadata", "email"),
            WebhookJson.String(subscription, "items", "data", "0", "price", "lookup_key"),
            WebhookJson.String(subscription, "id"),
            WebhookJson.String(subscription, "customer"),
            WebhookJson.UnixSeconds(subscription, "items", "data", "0", "current_period_start") ?? WebhookJson.UnixSeconds(subscription, "current_period_start"),
            WebhookJson.UnixSeconds(subscription, "items", "data", "0", "current_period_end") ?? WebhookJson.UnixSeconds(subscription, "current_period_end"));

    // Newer API versions nest the subscription under parent.subscription_details.
    private static BillingWebhookMessage FromInvoice(JsonElement invoice) =>
        new(
            BillingWebhookKind.PaymentFailed,
            WebhookJson.String(invoice, "parent", "subscription_details", "metadata", "userId")
                ?? WebhookJson.String(invoice, "subscription_details", "metadata", "userId")
                ?? WebhookJson.String(invoice, "metadata", "userId"),
            WebhookJson.String(invoice, "parent", "subscription_details", "metadata", "email")
                ?? WebhookJson.String(invoice, "metadata", "email")
                ?? WebhookJson.String(invoice, "customer_email"),
            null,
            WebhookJson.String(invoice, "parent", "subscription_details", "subscription") ?? WebhookJson.String(invoice, "subscription"),
            WebhookJson.String(invoice, "customer"),
            null,
            null);

    private static WebhookVerification VerifyByHand(string rawBody, string header, string secret, long tolerance, long now)
    {
        if (TimestampedHmacSignature.Check(SignatureScheme.Stripe, header, rawBody, secret, now, tolerance) is { } reason)
        {
            return WebhookVerification.Rejected(reason);
        }

        try
        {
            using var document = JsonDocument.Parse(rawBody);
            return WebhookJson.String(document.RootElement, "id") is { } id && WebhookJson.String(document.RootElement, "type") is { } type
                ? WebhookVerification.Ok(id, type)
                : WebhookVerification.Rejected("The Stripe event has no id or type.");
        }
        catch (JsonException)
        {
            return WebhookVerification.Rejected("The Stripe event is not JSON.");
        }
    }
}
