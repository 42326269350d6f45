namespace ResumeExport.Application.Billing.ReceiveWebhook;

public enum WebhookReceipt
{
    /// <summary>Verified and applied.</summary>
    Processed = 0,

    /// <summary>This provider event id was stored before: no second effect.</summary>
    Duplicate = 1,

    /// <summary>Verified, but handling threw: stored as failed (dead letter) for replay.</summary>
    Failed = 2,

    /// <summary>Signature missing, bad or stale: nothing stored.</summary>
    Rejected = 3,
}
