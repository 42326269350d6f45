namespace ResumeExport.Domain.Billing;

public enum SubscriptionStatus
{
    Active = 0,

    /// <summary>The provider reported a failed payment; a downgrade to free is pending at the period end.</summary>
    PastDue = 1,

    /// <summary>The provider ended the subscription; the user is on the free plan.</summary>
    Cancelled = 2,
}
