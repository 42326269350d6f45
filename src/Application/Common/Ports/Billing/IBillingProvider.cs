namespace ResumeExport.Application.Common.Ports.Billing;

/// <summary>The billing provider chosen by <c>BILLING_PROVIDER</c> (none, mock, stripe, paddle).</summary>
public interface IBillingProvider
{
    string Name { get; }

    /// <summary>False for <c>none</c>: plan changes are refused (409 <c>billing_disabled</c>).</summary>
    bool AllowsPlanChanges { get; }

    /// <summary>
    /// Tells the provider about a change that applies now (the user's plan moves in the same transaction). The mock
    /// provider keeps a local 30-day period; Stripe and Paddle update the provider's subscription. Throws when the
    /// provider refuses; the change is then not applied.
    /// </summary>
    Task ApplyChangeAsync(BillingChange change, CancellationToken cancellationToken);
}
