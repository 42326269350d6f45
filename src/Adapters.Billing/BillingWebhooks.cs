using ResumeExport.Application.Common.Ports.Billing;
using ResumeExport.Domain.Billing;

namespace ResumeExport.Adapters.Billing;

/// <summary>Routes <c>/api/billing/webhooks/{provider}</c> to the provider's verifier and parser.</summary>
internal sealed class BillingWebhooks(StripeWebhooks stripe, PaddleWebhooks paddle) : IBillingWebhooks
{
    public bool IsWebhookProvider(string provider) => BillingProviders.WithWebhooks.Contains(provider, StringComparer.Ordinal);

    public WebhookVerification Verify(string provider, string rawBody, IReadOnlyDictionary<string, string> headers) => provider switch
    {
        BillingProviders.Stripe => stripe.Verify(rawBody, headers),
        BillingProviders.Paddle => paddle.Verify(rawBody, headers),
        _ => WebhookVerification.Rejected($"'{provider}' does not send webhooks."),
    };

    public BillingWebhookMessage Parse(string provider, string rawBody) => provider switch
    {
        BillingProviders.Stripe => StripeWebhooks.Parse(rawBody),
        BillingProviders.Paddle => paddle.Parse(rawBody),
        _ => throw new InvalidOperationException($"'{provider}' does not send webhooks."),
    };
}
