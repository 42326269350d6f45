using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Users "in the database" (<see cref="Seed"/>) and users the use case added but did not necessarily save.</summary>
internal sealed class InMemoryUserRepository : IUserRepository
{
    private readonly List<User> stored = [];

    public List<User> Added { get; } = [];

    /// <summary>Every <see cref="LockAsync"/> call, and whether a transaction was open then (per <see cref="TransactionProbe"/>).</summary>
    public List<(Guid UserId, bool InTransaction)> Locks { get; } = [];

    /// <summary>Tells whether a transaction is open, e.g. <c>() =&gt; unitOfWork.IsInTransaction</c>; null reads as "no".</summary>
    public Func<bool>? TransactionProbe { get; set; }

    /// <summary>Plays an account deleted just before <see cref="LockAsync"/>: the lock finds no row.</summary>
    public bool LockReturnsNothing { get; set; }

    public void Seed(User user) => stored.Add(user);

    public Task<User?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(stored.Find(u => u.Id == id));

    public Task<User?> LockAsync(Guid id, CancellationToken cancellationToken)
    {
        Locks.Add((id, TransactionProbe?.Invoke() ?? false));
        return LockReturnsNothing ? Task.FromResult<User?>(null) : FindByIdAsync(id, cancellationToken);
    }

    public Task<User?> FindByNormalizedEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        Task.FromResult(stored.Find(u => u.NormalizedEmail == normalizedEmail));

    public Task<bool> ExistsWithNormalizedEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        Task.FromResult(stored.Exists(u => u.NormalizedEmail == normalizedEmail));

    public Task<IReadOnlyDictionary<Guid, string>> FindEmailsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, string>>(stored.Where(u => ids.Contains(u.Id)).ToDictionary(u => u.Id, u => u.Email));

    public void Add(User user) => Added.Add(user);
}
