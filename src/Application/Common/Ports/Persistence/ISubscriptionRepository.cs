using ResumeExport.Domain.Billing;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface ISubscriptionRepository
{
    /// <summary>The user's subscription row (tracked), if any. Callers lock the user first (<see cref="IUserRepository.LockAsync"/>).</summary>
    Task<Subscription?> FindAsync(Guid userId, CancellationToken cancellationToken);

    void Add(Subscription subscription);

    /// <summary>
    /// Claims up to <paramref name="limit"/> users whose pending plan change is due, locking their user rows with
    /// <c>FOR UPDATE SKIP LOCKED</c> until the transaction ends: several replicas share the work, and a user being
    /// changed by a request is skipped until the next pass. Call inside <see cref="IUnitOfWork.InTransactionAsync{T}"/>.
    /// </summary>
    Task<IReadOnlyList<DuePlanChange>> ClaimDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);
}
