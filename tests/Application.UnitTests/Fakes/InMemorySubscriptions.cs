using ResumeExport.Application.Common.Ports;
using ResumeExport.Domain.Billing;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Subscriptions "in the database"; nothing is ever due unless <see cref="Due"/> holds it.</summary>
internal sealed class InMemorySubscriptions : ISubscriptionRepository
{
    public List<Subscription> Stored { get; } = [];

    public List<DuePlanChange> Due { get; } = [];

    public Task<Subscription?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.Find(s => s.UserId == userId));

    public void Add(Subscription subscription) => Stored.Add(subscription);

    public Task<IReadOnlyList<DuePlanChange>> ClaimDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DuePlanChange>>([.. Due.Take(limit)]);
}
