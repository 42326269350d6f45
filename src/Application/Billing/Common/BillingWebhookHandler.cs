using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Billing;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Billing;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Billing.Common;

/// <summary>Applies a verified event, on receipt or replay; throws when it cannot, so the caller stores it as failed.</summary>
public sealed class BillingWebhookHandler(
    IBillingWebhooks webhooks,
    IUserRepository users,
    ISubscriptionRepository subscriptions,
    PlanChanger planChanger)
{
    public async Task HandleAsync(string provider, string rawBody, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var message = webhooks.Parse(provider, rawBody);
        if (message.Kind == BillingWebhookKind.Ignored)
        {
            return;
        }

        var user = await FindUserAsync(message, cancellationToken);
        var subscription = await subscriptions.FindAsync(user.Id, cancellationToken);
        if (subscription is null)
        {
            subscription = Subscription.Start(user.Id, provider, now);
            subscriptions.Add(subscription);
        }

        subscription.LinkProvider(provider, message.ProviderSubscriptionId, message.ProviderCustomerId, now);
        if (message.PeriodStart is not null || message.PeriodEnd is not null)
        {
            subscription.SetPeriod(message.PeriodStart, message.PeriodEnd, now);
        }

        switch (message.Kind)
        {
            case BillingWebhookKind.SubscriptionUpdated:
                var plan = message.PlanCode;
                if (!PlanCodes.IsKnown(plan))
                {
                    throw new InvalidOperationException($"The event's price lookup key '{plan}' is not a plan (free|pro|team).");
                }

                // Same plan (a renewal): a scheduled change stays, unless it was the past-due downgrade.
                var recovered = subscription.Status == SubscriptionStatus.PastDue;
                subscription.SetStatus(SubscriptionStatus.Active, now);
                planChanger.Apply(user, subscription, plan!, PlanChangeSources.Webhook, now, keepPendingWhenUnchanged: !recovered);
                break;
            case BillingWebhookKind.SubscriptionCancelled:
                subscription.SetStatus(SubscriptionStatus.Cancelled, now);
                planChanger.Apply(user, subscription, PlanCodes.Free, PlanChangeSources.Webhook, now);
                break;
            case BillingWebhookKind.PaymentFailed:
                subscription.SetStatus(SubscriptionStatus.PastDue, now);
                if (user.PlanCode != PlanCodes.Free)
                {
                    // Keep what was paid for until the period ends; a later successful payment clears this.
                    subscription.ScheduleChange(PlanCodes.Free, subscription.CurrentPeriodEnd is { } end && end > now ? end : now, now);
                }

                break;
        }
    }

    private async Task<User> FindUserAsync(BillingWebhookMessage message, CancellationToken cancellationToken)
    {
        Guid? id = Guid.TryParse(message.UserId, out var parsed) ? parsed : null;
        if (id is null && EmailAddress.IsValid(message.Email))
        {
            id = (await users.FindByNormalizedEmailAsync(EmailAddress.Parse(message.Email!).Normalized, cancellationToken))?.Id;
        }

        if (id is null)
        {
            throw new NotFoundException("User", message.UserId ?? "(no userId or email in the event metadata)");
        }

        // The same row lock as every other plan change of this user.
        return await users.LockAsync(id.Value, cancellationToken) ?? throw new NotFoundException("User", id.Value);
    }
}
