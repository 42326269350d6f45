using ResumeExport.Domain.Billing;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface ISubscriptionRepository
{
    /// <summary>Tracked. Lock the user first (<see cref="IUserRepository.LockAsync"/>).</summary>
    Task<Subscription?> FindAsync(Guid userId, CancellationToken cancellationToken);

    void Add(Subscription subscription);

    /// <summary>
    /// Claims users whose pending change is due with <c>FOR UPDATE SKIP LOCKED</c>, so replicas share the work and a user
    /// busy in a request waits a pass. Call inside <see cref="IUnitOfWork.InTransactionAsync{T}"/>.
    /// </summary>
    Task<IReadOnlyList<DuePlanChange>> ClaimDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);
}
