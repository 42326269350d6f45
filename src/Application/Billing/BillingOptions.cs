using ResumeExport.Domain.Billing;

namespace ResumeExport.Application.Billing;

/// <summary>From <c>BILLING_PROVIDER</c>, <c>BILLING_DOWNGRADE_BEHAVIOR</c> and <c>Billing:*</c>.</summary>
public sealed class BillingOptions
{
    public const string ProviderKey = "BILLING_PROVIDER";
    public const string DowngradeBehaviorKey = "BILLING_DOWNGRADE_BEHAVIOR";
    public const string SectionName = "Billing";

    public string Provider { get; set; } = BillingProviders.None;

    public DowngradeBehavior DowngradeBehavior { get; set; } = DowngradeBehavior.CycleEnd;

    /// <summary>How often the API looks for due plan changes.</summary>
    public TimeSpan DueChangesInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Users claimed per pass of the due-change job.</summary>
    public int DueChangesBatchSize { get; set; } = 100;

    /// <summary>Length of a billing period the mock provider starts.</summary>
    public TimeSpan MockPeriod { get; set; } = TimeSpan.FromDays(30);
}
