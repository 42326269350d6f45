namespace ResumeExport.Application.Common.Ports.Billing;

/// <summary>Verifies signatures over the raw body and parses into a provider-neutral message.</summary>
public interface IBillingWebhooks
{
    bool IsWebhookProvider(string provider);

    /// <summary>Checks signature and timestamp age over the exact raw body; never throws for bad input.</summary>
    WebhookVerification Verify(string provider, string rawBody, IReadOnlyDictionary<string, string> headers);

    /// <summary>Reads an already verified (stored) raw event. Throws when the payload cannot be mapped.</summary>
    BillingWebhookMessage Parse(string provider, string rawBody);
}
