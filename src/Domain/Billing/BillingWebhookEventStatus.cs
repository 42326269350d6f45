namespace ResumeExport.Domain.Billing;

public enum BillingWebhookEventStatus
{
    /// <summary>Handled when it arrived.</summary>
    Processed = 0,

    /// <summary>Handling threw (or has not finished): a dead letter an admin can replay.</summary>
    Failed = 1,

    /// <summary>Failed first, then handled by an admin's replay.</summary>
    Replayed = 2,
}
