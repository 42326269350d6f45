using ResumeExport.Domain.Plans;

namespace ResumeExport.Domain.Billing;

/// <summary>
/// One per user: what will happen and when (at most one pending change). The plan in force is <c>User.PlanCode</c>.
/// </summary>
public sealed class Subscription
{
    public const int ProviderIdMaxLength = 128;

    private Subscription()
    {
    }

    public Guid UserId { get; private set; }

    public string Provider { get; private set; } = BillingProviders.None;

    public string? ProviderSubscriptionId { get; private set; }

    public string? ProviderCustomerId { get; private set; }

    public SubscriptionStatus Status { get; private set; }

    public DateTimeOffset? CurrentPeriodStart { get; private set; }

    public DateTimeOffset? CurrentPeriodEnd { get; private set; }

    public string? PendingPlanCode { get; private set; }

    public DateTimeOffset? PendingChangeAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool HasPendingChange => PendingPlanCode is not null;

    public static Subscription Start(Guid userId, string provider, DateTimeOffset now) =>
        new()
        {
            UserId = userId,
            Provider = provider,
            Status = SubscriptionStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };

    public bool IsDue(DateTimeOffset now) => PendingChangeAt is { } at && at <= now;

    /// <summary>Replaces any pending change.</summary>
    public void ScheduleChange(string planCode, DateTimeOffset at, DateTimeOffset now)
    {
        if (!PlanCodes.IsKnown(planCode))
        {
            throw new ArgumentOutOfRangeException(nameof(planCode), planCode, "Not a plan code.");
        }

        PendingPlanCode = planCode;
        PendingChangeAt = at;
        UpdatedAt = now;
    }

    public void ClearPendingChange(DateTimeOffset now)
    {
        PendingPlanCode = null;
        PendingChangeAt = null;
        UpdatedAt = now;
    }

    public void SetPeriod(DateTimeOffset? start, DateTimeOffset? end, DateTimeOffset now)
    {
        CurrentPeriodStart = start;
        CurrentPeriodEnd = end;
        UpdatedAt = now;
    }

    /// <summary>Starts a <paramref name="length"/> period at <paramref name="now"/> unless one is running.</summary>
    public void EnsurePeriod(TimeSpan length, DateTimeOffset now)
    {
        if (CurrentPeriodEnd is { } end && end > now)
        {
            return;
        }

        SetPeriod(now, now + length, now);
    }

    public void LinkProvider(string provider, string? providerSubscriptionId, string? providerCustomerId, DateTimeOffset now)
    {
        Provider = provider;
        ProviderSubscriptionId = providerSubscriptionId ?? ProviderSubscriptionId;
        ProviderCustomerId = providerCustomerId ?? ProviderCustomerId;
        UpdatedAt = now;
    }

    public void SetStatus(SubscriptionStatus status, DateTimeOffset now)
    {
        Status = status;
        UpdatedAt = now;
    }
}
