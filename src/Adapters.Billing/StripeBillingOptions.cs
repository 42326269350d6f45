namespace ResumeExport.Adapters.Billing;

/// <summary><c>Billing:Stripe:*</c>. Secrets are never logged.</summary>
public sealed class StripeBillingOptions
{
    public const string SectionName = "Billing:Stripe";

    /// <summary>Secret API key (<c>sk_...</c>) used to update subscriptions when a change applies.</summary>
    public string? ApiKey { get; set; }

    /// <summary><c>whsec_...</c>; without it Stripe webhooks are refused (400).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How old a signed timestamp may be.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);
}
