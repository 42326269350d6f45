using ResumeExport.Application.Common.Ports;
using ResumeExport.Domain.Billing;

namespace ResumeExport.Application.UnitTests.Billing;

internal sealed class InMemorySubscriptionRepository(InMemoryUserLookup users) : ISubscriptionRepository
{
    public List<Subscription> Stored { get; } = [];

    public Task<Subscription?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.Find(s => s.UserId == userId));

    public void Add(Subscription subscription) => Stored.Add(subscription);

    public Task<IReadOnlyList<DuePlanChange>> ClaimDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DuePlanChange>>(Stored.Where(s => s.IsDue(now)).Take(limit)
            .Select(s => new DuePlanChange(users(s.UserId), s)).ToArray());
}
