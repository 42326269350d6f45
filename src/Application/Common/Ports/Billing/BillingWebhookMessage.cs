namespace ResumeExport.Application.Common.Ports.Billing;

/// <summary>
/// A provider event; the user is matched by <see cref="UserId"/>, else <see cref="Email"/>, the plan by price lookup key.
/// </summary>
public sealed record BillingWebhookMessage(
    BillingWebhookKind Kind,
    string? UserId,
    string? Email,
    string? PlanCode,
    string? ProviderSubscriptionId,
    string? ProviderCustomerId,
    DateTimeOffset? PeriodStart,
    DateTimeOffset? PeriodEnd)
{
    public static BillingWebhookMessage Ignored { get; } = new(BillingWebhookKind.Ignored, null, null, null, null, null, null, null);
}
