using ResumeExport.Application.Common.Exceptions;


namespace ResumeExport.Api.OpenApi;

/// <summary>What each 409 <c>code</c> (<see cref="ConflictCodes"/>) means, for the OpenAPI document's examples.</summary>
public static class ConflictDetails
{
    private static readonly Dictionary<string, string> Details = new(StringComparer.Ordinal)
    {
        [ConflictCodes.EmailTaken] = "An account with this e-mail already exists.",
        [ConflictCodes.StaleVersion] = "Someone else changed this resource first. Reload it and try again.",
        [ConflictCodes.IdempotencyKeyReused] = "This idempotency key was already used for a different export request (other pageSize). Use a new key for a new request.",
        [ConflictCodes.ExportNotFailed] = "The export is completed; only a failed export can be retried.",
        [ConflictCodes.EmailNotFailed] = "The e-mail is sent; only a failed e-mail can be retried.",
        [ConflictCodes.NotRetryable] = "This item failed with 'upload_limit_exceeded', which the same request would hit again; a retry cannot help.",
        [ConflictCodes.RetryCapReached] = "This item was already retried 3 times, the most allowed.",
        [ConflictCodes.ExportQueued] = "The export is queued; only a completed export can be downloaded.",
        [ConflictCodes.ExportProcessing] = "The export is processing; only a completed export can be downloaded.",
        [ConflictCodes.ExportFailed] = "The export is failed; only a completed export can be downloaded.",
        [ConflictCodes.ExportExpired] = "The export is expired; only a completed export can be downloaded.",
        [ConflictCodes.ExportStorageMoved] = "The file was stored by the 'local' driver, which this server no longer uses.",
        [ConflictCodes.BillingDisabled] = "Billing is disabled on this installation: plans cannot be changed.",
        [ConflictCodes.AlreadyOnPlan] = "You are already on the 'pro' plan.",
        [ConflictCodes.ProviderSubscriptionMissing] = "There is no Stripe subscription for this account yet; subscribe through checkout first.",
        [ConflictCodes.WebhookNotFailed] = "This event is processed; only failed events can be replayed.",
        [ConflictCodes.ReplayFailed] = "Replaying the event failed again; it stays failed. Its lastError in GET /api/billing/webhooks/failed says why.",
        [ConflictCodes.DefaultResumeConflict] = "Another request changed the default resume at the same time. Try again.",
    };

    /// <summary>The detail the API writes for <paramref name="code"/>; fails for an undocumented code.</summary>
    public static string ExampleDetail(string code) =>
        Details.TryGetValue(code, out var detail)
            ? detail
            : throw new InvalidOperationException($"Conflict code '{code}' has no entry in {nameof(ConflictDetails)}: add what it means.");
}
