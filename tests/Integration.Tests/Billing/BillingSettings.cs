namespace ResumeExport.Integration.Tests.Billing;

public static class BillingSettings
{
    /// <summary>Mock billing, cycle-end downgrades, a fast due-change job and both providers' webhook secrets.</summary>
    public static Dictionary<string, string?> Mock() => new()
    {
        ["BILLING_PROVIDER"] = "mock",
        ["BILLING_DOWNGRADE_BEHAVIOR"] = "cycle_end",
        ["Billing:DueChangesInterval"] = "00:00:00.200",
        ["Billing:Stripe:WebhookSecret"] = WebhookSigning.StripeSecret,
        ["Billing:Paddle:WebhookSecret"] = WebhookSigning.PaddleSecret,
    };
}
