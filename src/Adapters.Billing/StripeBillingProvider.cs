using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Billing;
using ResumeExport.Domain.Billing;
using ResumeExport.Domain.Plans;
using Stripe;

namespace ResumeExport.Adapters.Billing;

/// <summary>
/// Moves the Stripe subscription to the price keyed by the plan code (upgrades prorated); free cancels it. Users
/// subscribe through Checkout first.
/// </summary>
internal sealed class StripeBillingProvider(IOptions<StripeBillingOptions> options) : IBillingProvider
{
    public string Name => BillingProviders.Stripe;

    public bool AllowsPlanChanges => true;

    public async Task ApplyChangeAsync(BillingChange change, CancellationToken cancellationToken)
    {
        var subscriptionId = change.Subscription.ProviderSubscriptionId
            ?? throw new ConflictException(ConflictCodes.ProviderSubscriptionMissing, "There is no Stripe subscription for this account yet; subscribe through checkout first.");
        var client = new StripeClient(options.Value.ApiKey);
        var subscriptions = new SubscriptionService(client);
        if (change.ToPlanCode == PlanCodes.Free)
        {
            await subscriptions.CancelAsync(subscriptionId, cancellationToken: cancellationToken);
            return;
        }

        var prices = await new PriceService(client).ListAsync(
            new PriceListOptions { LookupKeys = [change.ToPlanCode], Active = true }, cancellationToken: cancellationToken);
        var price = prices.Data.FirstOrDefault()
            ?? throw new InvalidOperationException($"Stripe has no active price with lookup key '{change.ToPlanCode}'.");
        var current = await subscriptions.GetAsync(subscriptionId, cancellationToken: cancellationToken);
        var item = current.Items.Data.FirstOrDefault() ?? throw new InvalidOperationException("The Stripe subscription has no item.");
        await subscriptions.UpdateAsync(
            subscriptionId,
            new SubscriptionUpdateOptions
            {
                Items = [new SubscriptionItemOptions { Id = item.Id, Price = price.Id }],
                ProrationBehavior = change.IsUpgrade ? "create_prorations" : "none",
            },
            cancellationToken: cancellationToken);
    }
}
