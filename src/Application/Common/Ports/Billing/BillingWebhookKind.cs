namespace ResumeExport.Application.Common.Ports.Billing;

public enum BillingWebhookKind
{
    /// <summary>An event type we do not act on; stored as processed.</summary>
    Ignored = 0,

    /// <summary>Subscription created or updated: the user's plan and period follow it.</summary>
    SubscriptionUpdated = 1,

    /// <summary>Subscription ended: the user moves to free.</summary>
    SubscriptionCancelled = 2,

    /// <summary>A payment failed: past due, with a downgrade to free pending at the period end.</summary>
    PaymentFailed = 3,
}
