using System.Text;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ResumeExport.Api.Authentication;
using ResumeExport.Api.OpenApi;
using ResumeExport.Api.Problems;
using ResumeExport.Application.Billing.CancelPendingChange;
using ResumeExport.Application.Billing.ChangePlan;
using ResumeExport.Application.Billing.Common;
using ResumeExport.Application.Billing.GetSubscription;
using ResumeExport.Application.Billing.ListFailedWebhooks;
using ResumeExport.Application.Billing.ListPlans;
using ResumeExport.Application.Billing.ReceiveWebhook;
using ResumeExport.Application.Billing.ReplayWebhook;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Paging;

namespace ResumeExport.Api.Billing;

public static class BillingApi
{
    private static readonly string[] SignatureHeaders = ["Stripe-Signature", "Paddle-Signature"];

    public static IEndpointRouteBuilder MapBillingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/billing").WithTags("Billing");

        group.MapGet("/plans", ListPlansAsync).WithName("ListBillingPlans").WithSummary("The plans with their prices and limits.")
            .RequireAuthorization();

        // 404 on each: the token outlived the account (and for the pending change: there is none).
        var subscription = group.MapGroup("/subscription").RequireAuthorization();
        subscription.MapGet("/", GetSubscriptionAsync).WithName("GetSubscription")
            .WithSummary("The caller's plan, billing period and pending change.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        subscription.MapPost("/change", ChangeAsync).WithName("ChangePlan")
            .WithSummary("Change plan: upgrades apply now; downgrades follow BILLING_DOWNGRADE_BEHAVIOR; an explicit future scheduleAt always wins. Lists the limits the user will be over (nothing is deleted).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesConflict(ConflictCodes.BillingDisabled, ConflictCodes.AlreadyOnPlan, ConflictCodes.ProviderSubscriptionMissing);
        subscription.MapDelete("/pending-change", CancelPendingChangeAsync).WithName("CancelPendingPlanChange")
            .WithSummary("Drop the pending plan change.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/webhooks/{provider}", ReceiveWebhookAsync).WithName("ReceiveBillingWebhook")
            .WithSummary("Provider webhooks (stripe, paddle), verified from the raw body. Bad or stale signature: 400 and nothing stored; duplicates and failed handling: 200.")
            .AllowAnonymous()
            .Accepts<string>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var admin = group.MapGroup("/webhooks/failed").RequireAuthorization(AuthorizationPolicies.Admin);
        admin.MapGet("/", ListFailedWebhooksAsync).WithName("ListFailedBillingWebhooks")
            .WithSummary("Webhook events whose handling failed (admin).");
        admin.MapPost("/{webhookEventId}/replay", ReplayWebhookAsync).WithName("ReplayBillingWebhook")
            .WithSummary("Re-run a failed event's stored payload through the same handler (admin); success marks it replayed, a processed event is 409.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesConflict(ConflictCodes.WebhookNotFailed, ConflictCodes.ReplayFailed);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<BillingPlanResponse>>> ListPlansAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListBillingPlansQuery(), cancellationToken));

    public static async Task<Ok<SubscriptionResponse>> GetSubscriptionAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetSubscriptionQuery(), cancellationToken));

    public static async Task<Ok<PlanChangeResponse>> ChangeAsync(ChangePlanCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));

    public static async Task<Ok<SubscriptionResponse>> CancelPendingChangeAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CancelPendingChangeCommand(), cancellationToken));

    public static async Task<Results<Ok<WebhookAck>, ProblemHttpResult>> ReceiveWebhookAsync(
        string provider, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        // The signature covers the exact body, so it is read raw, never through model binding.
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false))
        {
            body = await reader.ReadToEndAsync(cancellationToken);
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in SignatureHeaders)
        {
            if (request.Headers.TryGetValue(name, out var value))
            {
                headers[name] = value.ToString();
            }
        }

        var result = await sender.Send(new ReceiveBillingWebhookCommand(provider.ToLowerInvariant(), body, headers), cancellationToken);
        return result.Receipt switch
        {
            WebhookReceipt.Rejected => TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                type: ProblemTypes.BadRequest,
                title: "The webhook signature is not valid.",
                detail: result.Error,
                extensions: new Dictionary<string, object?> { ["code"] = "invalid_signature" }),
            WebhookReceipt.Duplicate => TypedResults.Ok(new WebhookAck(true, "duplicate", null)),
            WebhookReceipt.Failed => TypedResults.Ok(new WebhookAck(true, "failed", result.WebhookEventId)),
            _ => TypedResults.Ok(new WebhookAck(true, "processed", result.WebhookEventId)),
        };
    }

    public static async Task<Ok<Page<BillingWebhookEventResponse>>> ListFailedWebhooksAsync(
        string? cursor, int? limit, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListFailedWebhooksQuery(cursor, limit ?? ListFailedWebhooksQuery.DefaultLimit), cancellationToken));

    public static async Task<Ok<BillingWebhookEventResponse>> ReplayWebhookAsync(Guid webhookEventId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ReplayBillingWebhookCommand(webhookEventId), cancellationToken));
}
