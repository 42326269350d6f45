namespace ResumeExport.Adapters.Billing;

/// <summary><c>Billing:Paddle:*</c>. Secrets are never logged.</summary>
public sealed class PaddleBillingOptions
{
    public const string SectionName = "Billing:Paddle";

    /// <summary>Paddle Billing API key used to update subscriptions when a change applies.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The notification destination's secret key; without it Paddle webhooks are refused (400).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How old the signed <c>ts</c> may be.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    public Uri BaseUrl { get; set; } = new("https://api.paddle.com/");

    /// <summary>Paddle price id per plan code (<c>Billing:Paddle:PriceIds:pro</c>, <c>…:team</c>).</summary>
    public Dictionary<string, string> PriceIds { get; set; } = new(StringComparer.Ordinal);
}
