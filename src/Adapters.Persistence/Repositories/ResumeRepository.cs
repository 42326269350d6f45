using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Adapters.Persistence.Repositories;

internal sealed class ResumeRepository(AppDbContext db) : IResumeRepository
{
    // Compiled once: the hottest reads of the API skip EF's per-call query cache lookup.
    private static readonly Func<AppDbContext, Guid, Guid, CancellationToken, Task<Resume?>> OwnedReadOnly =
        EF.CompileAsyncQuery((AppDbContext db, Guid resumeId, Guid userId, CancellationToken _) =>
            db.Resumes.AsNoTracking().FirstOrDefault(r => r.Id == resumeId && r.UserId == userId));

    private static readonly Func<AppDbContext, Guid, Guid, CancellationToken, Task<bool>> Owned =
        EF.CompileAsyncQuery((AppDbContext db, Guid resumeId, Guid userId, CancellationToken _) =>
            db.Resumes.Any(r => r.Id == resumeId && r.UserId == userId));

    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<Resume?>> ByIdReadOnly =
        EF.CompileAsyncQuery((AppDbContext db, Guid resumeId, CancellationToken _) => db.Resumes.AsNoTracking().FirstOrDefault(r => r.Id == resumeId));

    public Task<Resume?> FindOwnedAsync(Guid resumeId, Guid userId, CancellationToken cancellationToken) =>
        db.Resumes.FirstOrDefaultAsync(r => r.Id == resumeId && r.UserId == userId, cancellationToken);

    public Task<Resume?> FindOwnedReadOnlyAsync(Guid resumeId, Guid userId, CancellationToken cancellationToken) =>
        OwnedReadOnly(db, resumeId, userId, cancellationToken);

    public Task<bool> ExistsOwnedAsync(Guid resumeId, Guid userId, CancellationToken cancellationToken) =>
        Owned(db, resumeId, userId, cancellationToken);

    public Task<Resume?> FindAsync(Guid resumeId, CancellationToken cancellationToken) => ByIdReadOnly(db, resumeId, cancellationToken);

    public async Task<IReadOnlyList<Resume>> ListOwnedAsync(Guid userId, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        var query = db.Resumes.AsNoTracking().Where(r => r.UserId == userId);
        if (after is not null)
        {
            query = query.Where(r => r.UpdatedAt < after.SortedAt || (r.UpdatedAt == after.SortedAt && r.Id.CompareTo(after.Id) < 0));
        }

        return await query.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public Task<Resume?> FindMostRecentlyUpdatedAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Resumes.Where(r => r.UserId == userId).OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);

    public Task ClearDefaultAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Resumes.Where(r => r.UserId == userId && r.IsDefault)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.IsDefault, false).SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);

    public void Add(Resume resume) => db.Resumes.Add(resume);

    public void Remove(Resume resume) => db.Resumes.Remove(resume);
}
