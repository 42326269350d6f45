namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>Commits rows and outbox messages in one transaction: all or nothing.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// One transaction (nested calls join it); with <see cref="IUserRepository.LockAsync"/> it serialises a user's changes.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
