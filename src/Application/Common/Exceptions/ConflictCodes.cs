namespace ResumeExport.Application.Common.Exceptions;

/// <summary>
/// Every 409 <c>code</c> in one place, raised by the use cases and declared by the endpoints, so raised and documented
/// codes cannot drift. Clients switch on these, never on texts.
/// </summary>
public static class ConflictCodes
{
    public const string EmailTaken = "email_taken";
    public const string StaleVersion = "stale_version";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
    public const string ExportNotFailed = "export_not_failed";
    public const string EmailNotFailed = "email_not_failed";

    /// <summary>A retry cannot cure it (<c>retryable</c> false, e.g. <c>upload_limit_exceeded</c>).</summary>
    public const string NotRetryable = "failure_not_retryable";

    public const string RetryCapReached = "retry_cap_reached";

    /// <summary>A download or preview of an export that is not completed: <c>export_</c> and its status.</summary>
    public const string ExportQueued = "export_queued";
    public const string ExportProcessing = "export_processing";
    public const string ExportFailed = "export_failed";
    public const string ExportExpired = "export_expired";
    public const string ExportStorageMoved = "export_storage_moved";
    public const string BillingDisabled = "billing_disabled";
    public const string AlreadyOnPlan = "already_on_plan";
    public const string ProviderSubscriptionMissing = "provider_subscription_missing";
    public const string WebhookNotFailed = "webhook_not_failed";
    public const string ReplayFailed = "replay_failed";

    /// <summary>Two requests made different resumes the default at once (a unique index refused the second).</summary>
    public const string DefaultResumeConflict = "default_resume_conflict";
}
