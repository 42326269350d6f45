using ResumeExport.Application.Requeue;

namespace ResumeExport.Api.OpenApi;

/// <summary>
/// The <c>code</c>s of the API's 409 problems, as the use cases and the unit of work raise them, each with a detail of
/// the kind the API sends (the document's example; clients switch on the code, never on the text).
/// </summary>
public static class ConflictCodes
{
    public const string EmailTaken = "email_taken";
    public const string StaleVersion = "stale_version";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
    public const string ExportNotFailed = "export_not_failed";
    public const string EmailNotFailed = "email_not_failed";
    public const string NotRetryable = RequeueConflictCodes.NotRetryable;
    public const string RetryCapReached = "retry_cap_reached";
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

    private static readonly Dictionary<string, string> Details = new(StringComparer.Ordinal)
    {
        [EmailTaken] = "An account with this e-mail already exists.",
        [StaleVersion] = "Someone else changed this resource first. Reload it and try again.",
        [IdempotencyKeyReused] = "This idempotency key was already used for a different export request (other pageSize). Use a new key for a new request.",
        [ExportNotFailed] = "The export is completed; only a failed export can be retried.",
        [EmailNotFailed] = "The e-mail is sent; only a failed e-mail can be retried.",
        [NotRetryable] = "This item failed with 'upload_limit_exceeded', which the same request would hit again; a retry cannot help.",
        [RetryCapReached] = "This item was already retried 3 times, the most allowed.",
        [ExportQueued] = "The export is queued; only a completed export can be downloaded.",
        [ExportProcessing] = "The export is processing; only a completed export can be downloaded.",
        [ExportFailed] = "The export is failed; only a completed export can be downloaded.",
        [ExportExpired] = "The export is expired; only a completed export can be downloaded.",
        [ExportStorageMoved] = "The file was stored by the 'local' driver, which this server no longer uses.",
        [BillingDisabled] = "Billing is disabled on this installation: plans cannot be changed.",
        [AlreadyOnPlan] = "You are already on the 'pro' plan.",
        [ProviderSubscriptionMissing] = "There is no Stripe subscription for this account yet; subscribe through checkout first.",
        [WebhookNotFailed] = "This event is processed; only failed events can be replayed.",
        [ReplayFailed] = "Replaying the event failed again; it stays failed. Its lastError in GET /api/billing/webhooks/failed says why.",
    };

    /// <summary>A detail as the API writes it for <paramref name="code"/>; fails for a code nobody documented here.</summary>
    public static string ExampleDetail(string code) =>
        Details.TryGetValue(code, out var detail)
            ? detail
            : throw new InvalidOperationException($"Conflict code '{code}' has no entry in {nameof(ConflictCodes)}: add what it means.");
}
