namespace ResumeExport.Domain.Billing;

/// <summary><c>BILLING_PROVIDER</c> values; part of the configuration and webhook URL contract.</summary>
public static class BillingProviders
{
    /// <summary>Billing is off: plan changes are refused.</summary>
    public const string None = "none";

    /// <summary>Changes apply locally with a 30-day period (development).</summary>
    public const string Mock = "mock";

    public const string Stripe = "stripe";
    public const string Paddle = "paddle";

    public static IReadOnlyList<string> All { get; } = [None, Mock, Stripe, Paddle];

    /// <summary>The providers that send webhooks.</summary>
    public static IReadOnlyList<string> WithWebhooks { get; } = [Stripe, Paddle];

    public static bool IsKnown(string? name) => name is not null && All.Contains(name, StringComparer.Ordinal);
}
