using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Persistence.Repositories;

internal sealed class UserRepository(AppDbContext db) : IUserRepository
{
    // Compiled: read by every export the PDF worker renders and by most authenticated writes.
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<User?>> ById =
        EF.CompileAsyncQuery((AppDbContext db, Guid id, CancellationToken _) => db.Users.FirstOrDefault(u => u.Id == id));

    public Task<User?> FindByIdAsync(Guid id, CancellationToken cancellationToken) => ById(db, id, cancellationToken);

    public Task<User?> FindByNormalizedEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);

    public Task<bool> ExistsWithNormalizedEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);

    public async Task<User?> LockAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Users.FromSql($"SELECT * FROM users WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, string>> FindEmailsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);

    public void Add(User user) => db.Users.Add(user);
}
