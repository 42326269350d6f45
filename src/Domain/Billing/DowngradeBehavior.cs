namespace ResumeExport.Domain.Billing;

/// <summary>When a downgrade without an explicit time applies (<c>BILLING_DOWNGRADE_BEHAVIOR</c>).</summary>
public enum DowngradeBehavior
{
    /// <summary>At the end of the current billing period (<c>cycle_end</c>).</summary>
    CycleEnd = 0,

    /// <summary>At once, like an upgrade (<c>immediate</c>).</summary>
    Immediate = 1,
}
