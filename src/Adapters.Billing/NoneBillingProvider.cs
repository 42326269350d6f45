using ResumeExport.Application.Common.Ports.Billing;
using ResumeExport.Domain.Billing;

namespace ResumeExport.Adapters.Billing;

/// <summary><c>BILLING_PROVIDER=none</c>: changes are refused; those already due still apply.</summary>
internal sealed class NoneBillingProvider : IBillingProvider
{
    public string Name => BillingProviders.None;

    public bool AllowsPlanChanges => false;

    public Task ApplyChangeAsync(BillingChange change, CancellationToken cancellationToken) => Task.CompletedTask;
}
