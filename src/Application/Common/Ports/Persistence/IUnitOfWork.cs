namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>
/// Commits everything the use case changed, rows and outbox messages alike, in one database transaction:
/// either all of it is stored or none of it.
/// </summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction (nested calls join the outer one). Use it when reads must not
    /// change under the use case: together with <see cref="IUserRepository.LockAsync"/> it serialises one user's changes.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
