using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Billing;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>
/// Subscriptions "in the database". A subscription is claimed as due when its pending change is due, together with its
/// owner from <paramref name="owners"/> (the database would join the user row).
/// </summary>
internal sealed class InMemorySubscriptions(Func<Guid, User>? owners = null) : ISubscriptionRepository
{
    public List<Subscription> Stored { get; } = [];

    public Task<Subscription?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.Find(s => s.UserId == userId));

    public void Add(Subscription subscription) => Stored.Add(subscription);

    public Task<IReadOnlyList<DuePlanChange>> ClaimDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DuePlanChange>>(Stored.Where(s => s.IsDue(now)).Take(limit)
            .Select(s => new DuePlanChange(Owner(s.UserId), s)).ToArray());

    private User Owner(Guid userId) =>
        owners?.Invoke(userId) ?? throw new InvalidOperationException("This test gave no owners for due subscriptions.");
}
