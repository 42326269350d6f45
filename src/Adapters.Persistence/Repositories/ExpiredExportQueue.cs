using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Adapters.Persistence.Repositories;

/// <summary>The status is a SQL literal, not a parameter, so the planner always matches partial <c>ix_exports_expiring</c>.</summary>
internal sealed class ExpiredExportQueue(AppDbContext db) : IExpiredExportQueue
{
    public async Task<IReadOnlyList<Export>> ClaimAsync(
        string storageDriver, DateTimeOffset now, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Claim expired exports inside a transaction: the row locks last only until it ends.");
        }

        // The previous batch is committed; untrack it so a long run does not slow SaveChanges.
        foreach (var entry in db.ChangeTracker.Entries<Export>().Where(e => e.State == EntityState.Unchanged).ToList())
        {
            entry.State = EntityState.Detached;
        }

        var query = after is null
            ? db.Exports.FromSql($"""
                SELECT * FROM exports
                WHERE status = 'Completed' AND expires_at <= {now} AND storage_driver = {storageDriver}
                ORDER BY expires_at, id
                LIMIT {limit}
                FOR UPDATE SKIP LOCKED
                """)
            : db.Exports.FromSql($"""
                SELECT * FROM exports
                WHERE status = 'Completed' AND expires_at <= {now} AND storage_driver = {storageDriver}
                  AND (expires_at, id) > ({after.SortedAt}, {after.Id})
                ORDER BY expires_at, id
                LIMIT {limit}
                FOR UPDATE SKIP LOCKED
                """);
        return await query.ToListAsync(cancellationToken);
    }

    // ix_exports_storage_key; a row expiring at or before now is being expired itself, so it no longer holds the file.
    public async Task<IReadOnlySet<string>> FindKeysInUseAsync(
        string storageDriver, IReadOnlyCollection<string> storageKeys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keys = storageKeys.ToArray();
        var inUse = await db.Database.SqlQuery<string>($"""
            SELECT DISTINCT storage_key AS "Value" FROM exports
            WHERE storage_key = ANY({keys}) AND status = 'Completed' AND expires_at > {now} AND storage_driver = {storageDriver}
            """).ToListAsync(cancellationToken);
        return inUse.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<ExpiredExportsImpact> MeasureAsync(string storageDriver, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Bytes freed: each expiring file once, and none that a live export still shares (decision 35).
        var row = await db.Database.SqlQuery<ImpactRow>($"""
            WITH expiring AS (
                SELECT storage_key, size_bytes FROM exports
                WHERE status = 'Completed' AND expires_at <= {now} AND storage_driver = {storageDriver})
            SELECT (SELECT count(*) FROM expiring)::int AS count,
                   coalesce((SELECT sum(f.size_bytes) FROM (
                       SELECT DISTINCT ON (e.storage_key) e.size_bytes FROM expiring e
                       WHERE NOT EXISTS (
                           SELECT 1 FROM exports live
                           WHERE live.storage_key = e.storage_key AND live.status = 'Completed'
                             AND live.expires_at > {now} AND live.storage_driver = {storageDriver})) f), 0)::bigint AS bytes
            """).SingleAsync(cancellationToken);
        return new ExpiredExportsImpact(row.Count, row.Bytes);
    }

    private sealed record ImpactRow(int Count, long Bytes);
}
