namespace ResumeExport.Application.Common.Ports.Billing;

/// <summary>The billing provider chosen by <c>BILLING_PROVIDER</c> (none, mock, stripe, paddle).</summary>
public interface IBillingProvider
{
    string Name { get; }

    /// <summary>False for <c>none</c>: plan changes are refused (409 <c>billing_disabled</c>).</summary>
    bool AllowsPlanChanges { get; }

    /// <summary>Applies a change now, with the plan move in the same transaction; throws (and nothing applies) when refused.</summary>
    Task ApplyChangeAsync(BillingChange change, CancellationToken cancellationToken);
}
