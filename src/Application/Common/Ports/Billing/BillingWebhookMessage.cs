namespace ResumeExport.Application.Common.Ports.Billing;

/// <summary>
/// A provider event mapped to what billing acts on. The user is found by <see cref="UserId"/> (provider metadata
/// <c>userId</c>) or else by <see cref="Email"/> (metadata <c>email</c>); the plan by the price's lookup key
/// (<c>free|pro|team</c>).
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
