using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Adapters.Persistence.Repositories;

internal sealed class ExportRepository(AppDbContext db) : IExportRepository
{
    // Compiled: clients poll status often, and this skips EF's query cache lookup.
    private static readonly Func<AppDbContext, Guid, Guid, CancellationToken, Task<Export?>> OwnedReadOnly =
        EF.CompileAsyncQuery((AppDbContext db, Guid exportId, Guid userId, CancellationToken _) =>
            db.Exports.AsNoTracking().FirstOrDefault(e => e.Id == exportId && e.UserId == userId));

    // Compiled: the PDF worker's reads of every export (docs/performance.md, "Where the worker's CPU goes").
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<Export?>> ById =
        EF.CompileAsyncQuery((AppDbContext db, Guid exportId, CancellationToken _) => db.Exports.FirstOrDefault(e => e.Id == exportId));

    private static readonly Func<AppDbContext, Guid, string, string, DateTimeOffset, CancellationToken, Task<Export?>> Reusable =
        EF.CompileAsyncQuery((AppDbContext db, Guid userId, string renderKey, string storageDriver, DateTimeOffset expiresAfter, CancellationToken _) =>
            db.Exports.AsNoTracking()
                .Where(e => e.UserId == userId && e.RenderKey == renderKey && e.Status == ExportStatus.Completed
                    && e.StorageDriver == storageDriver && e.StorageKey != null && e.ExpiresAt > expiresAfter)
                .OrderByDescending(e => e.ExpiresAt).FirstOrDefault());

    public Task<Export?> FindOwnedAsync(Guid exportId, Guid userId, CancellationToken cancellationToken) =>
        db.Exports.FirstOrDefaultAsync(e => e.Id == exportId && e.UserId == userId, cancellationToken);

    public Task<Export?> FindOwnedReadOnlyAsync(Guid exportId, Guid userId, CancellationToken cancellationToken) =>
        OwnedReadOnly(db, exportId, userId, cancellationToken);

    public Task<Export?> FindAsync(Guid exportId, CancellationToken cancellationToken) => ById(db, exportId, cancellationToken);

    public Task<Export?> FindByIdempotencyKeyAsync(Guid userId, string idempotencyKey, CancellationToken cancellationToken) =>
        db.Exports.FirstOrDefaultAsync(e => e.UserId == userId && e.IdempotencyKey == idempotencyKey, cancellationToken);

    public async Task<IReadOnlyList<Export>> ListAsync(Guid? userId, ExportStatus? status, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        var query = db.Exports.AsNoTracking();
        if (userId is not null)
        {
            query = query.Where(e => e.UserId == userId);
        }

        if (status is not null)
        {
            query = query.Where(e => e.Status == status);
        }

        if (after is not null)
        {
            query = query.Where(e => e.RequestedAt < after.SortedAt || (e.RequestedAt == after.SortedAt && e.Id.CompareTo(after.Id) < 0));
        }

        return await query.OrderByDescending(e => e.RequestedAt).ThenByDescending(e => e.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public Task<Export?> FindLatestCompletedAsync(Guid resumeId, string format, CancellationToken cancellationToken) =>
        db.Exports.Where(e => e.ResumeId == resumeId && e.Format == format && e.Status == ExportStatus.Completed)
            .OrderByDescending(e => e.CompletedAt).FirstOrDefaultAsync(cancellationToken);

    public Task<Export?> FindLiveOfVersionAsync(Guid resumeId, int resumeVersion, string format, PageSize pageSize, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Exports.AsNoTracking()
            .Where(e => e.ResumeId == resumeId && e.ResumeVersion == resumeVersion && e.Format == format && e.PageSize == pageSize
                && (e.Status == ExportStatus.Queued || e.Status == ExportStatus.Processing || (e.Status == ExportStatus.Completed && e.ExpiresAt > now)))
            .OrderByDescending(e => e.RequestedAt).FirstOrDefaultAsync(cancellationToken);

    // ix_exports_render_key: (user_id, render_key) over completed rows.
    public Task<Export?> FindReusableAsync(Guid userId, string renderKey, string storageDriver, DateTimeOffset expiresAfter, CancellationToken cancellationToken) =>
        Reusable(db, userId, renderKey, storageDriver, expiresAfter, cancellationToken);

    public async Task<IReadOnlyDictionary<ExportStatus, int>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Exports.GroupBy(e => e.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<ExportStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Status == s)?.Count ?? 0);
    }

    // Served by ix_exports_status_requested_at: two index ranges, no table scan.
    public Task<int> CountUnfinishedAsync(CancellationToken cancellationToken) =>
        db.Exports.CountAsync(e => e.Status == ExportStatus.Queued || e.Status == ExportStatus.Processing, cancellationToken);

    public void Add(Export export) => db.Exports.Add(export);
}
