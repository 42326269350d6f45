using Microsoft.Extensions.Options;
using ResumeExport.Application.Billing;
using ResumeExport.Application.Common.Ports.Billing;
using ResumeExport.Domain.Billing;

namespace ResumeExport.Adapters.Billing;

/// <summary><c>BILLING_PROVIDER=mock</c> (development): no payment; a change starts a local 30-day period if none runs.</summary>
internal sealed class MockBillingProvider(IOptions<BillingOptions> options) : IBillingProvider
{
    public string Name => BillingProviders.Mock;

    public bool AllowsPlanChanges => true;

    public Task ApplyChangeAsync(BillingChange change, CancellationToken cancellationToken)
    {
        change.Subscription.LinkProvider(BillingProviders.Mock, null, null, change.Now);
        change.Subscription.EnsurePeriod(options.Value.MockPeriod, change.Now);
        return Task.CompletedTask;
    }
}
