using ResumeExport.Application.Common.Ports.Billing;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Verifies every body as <see cref="Verification"/> and parses it as <see cref="Message"/>.</summary>
internal sealed class FakeBillingWebhooks : IBillingWebhooks
{
    public WebhookVerification Verification { get; set; } = WebhookVerification.Ok("evt_1", "customer.subscription.updated");

    public BillingWebhookMessage Message { get; set; } = BillingWebhookMessage.Ignored;

    public bool IsWebhookProvider(string provider) => provider is "stripe" or "paddle";

    public WebhookVerification Verify(string provider, string rawBody, IReadOnlyDictionary<string, string> headers) => Verification;

    public BillingWebhookMessage Parse(string provider, string rawBody) => Message;
}
