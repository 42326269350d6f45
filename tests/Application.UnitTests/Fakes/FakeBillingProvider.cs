using ResumeExport.Application.Common.Ports.Billing;
using ResumeExport.Domain.Billing;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Like the <c>mock</c> provider: allows changes (unless told not to), starts a 30-day period when one applies, records every change.</summary>
internal sealed class FakeBillingProvider(bool allowsPlanChanges = true) : IBillingProvider
{
    public List<BillingChange> Changes { get; } = [];

    public string Name => allowsPlanChanges ? BillingProviders.Mock : BillingProviders.None;

    public bool AllowsPlanChanges => allowsPlanChanges;

    public Task ApplyChangeAsync(BillingChange change, CancellationToken cancellationToken)
    {
        Changes.Add(change);
        change.Subscription.EnsurePeriod(TimeSpan.FromDays(30), change.Now);
        return Task.CompletedTask;
    }
}
