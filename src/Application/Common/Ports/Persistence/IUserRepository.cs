using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface IUserRepository
{
    Task<User?> FindByIdAsync(Guid id, CancellationToken cancellationToken);

    Task<User?> FindByNormalizedEmailAsync(string normalizedEmail, CancellationToken cancellationToken);

    Task<bool> ExistsWithNormalizedEmailAsync(string normalizedEmail, CancellationToken cancellationToken);

    /// <summary>
    /// Loads and locks the user's row (<c>FOR UPDATE</c>) so two concurrent limit checks cannot both pass.
    /// </summary>
    Task<User?> LockAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The e-mail address of each of these users that exists (for showing whose item it is).</summary>
    Task<IReadOnlyDictionary<Guid, string>> FindEmailsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    void Add(User user);
}
