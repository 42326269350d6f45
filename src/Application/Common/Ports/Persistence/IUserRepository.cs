using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface IUserRepository
{
    Task<User?> FindByIdAsync(Guid id, CancellationToken cancellationToken);

    Task<User?> FindByNormalizedEmailAsync(string normalizedEmail, CancellationToken cancellationToken);

    Task<bool> ExistsWithNormalizedEmailAsync(string normalizedEmail, CancellationToken cancellationToken);

    /// <summary>
    /// Loads the user and locks the row until the transaction ends (<c>FOR UPDATE</c>). Every use case that checks a
    /// limit or an invariant over the user's resources takes this lock first, so two concurrent requests cannot both pass.
    /// </summary>
    Task<User?> LockAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The e-mail address of each of these users that exists (for showing whose item it is).</summary>
    Task<IReadOnlyDictionary<Guid, string>> FindEmailsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    void Add(User user);
}
