using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Adapters.Persistence.Repositories;

/// <summary>
/// Finished means having a completion time, which a requeue clears until the export finishes again.
/// </summary>
internal sealed class ExportFailureStats(AppDbContext db) : IExportFailureStats
{
    /// <summary>"RE-ALERT" in ASCII; no other advisory lock here uses it.</summary>
    public const long AlertLockKey = 0x5245_2D41_4C45_5254;

    public async Task<ExportFinishCounts> CountFinishedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var row = await db.Database.SqlQuery<CountsRow>($"""
            SELECT count(*)::int AS finished, count(*) FILTER (WHERE status = 'Failed')::int AS failed
            FROM exports
            WHERE completed_at >= {from} AND completed_at <= {to} AND status IN ('Completed', 'Failed', 'Expired')
            """).SingleAsync(cancellationToken);
        return new ExportFinishCounts(row.Finished, row.Failed);
    }

    public async Task LockAlertsAsync(CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Take the alert lock inside a transaction: it is released when the transaction ends.");
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AlertLockKey})", cancellationToken);
    }

    public Task<SystemLog?> FindLastAlertAsync(DateTimeOffset notAfter, CancellationToken cancellationToken) =>
        db.SystemLogs.AsNoTracking()
            .Where(l => l.Action == SystemLogActions.ExportFailureAlert && l.CreatedAt <= notAfter)
            .OrderByDescending(l => l.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);

    private sealed record CountsRow(int Finished, int Failed);
}
