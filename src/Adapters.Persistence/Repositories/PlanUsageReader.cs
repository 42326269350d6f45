using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Adapters.Persistence.Repositories;

/// <summary>One statement; today's facts come from an index-only scan of <c>ix_system_logs_user_day</c>.</summary>
internal sealed class PlanUsageReader(AppDbContext db) : IPlanUsageReader
{
    public async Task<PlanUsage> GetAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (start, end) = PlanLimitPolicy.Today(now);
        var row = await db.Database.SqlQuery<UsageRow>($"""
            SELECT
              (SELECT count(*) FROM resumes WHERE user_id = {userId})::int AS resumes,
              count(*) FILTER (WHERE action = {SystemLogActions.ExportRequested})::int AS exports_today,
              coalesce(sum(quantity) FILTER (WHERE action = {SystemLogActions.ExportStored}), 0)::bigint AS upload_bytes_today,
              count(*) FILTER (WHERE action = {SystemLogActions.BulkApply})::int AS bulk_applies_today
            FROM system_logs
            WHERE user_id = {userId} AND created_at >= {start} AND created_at < {end}
            """).SingleAsync(cancellationToken);
        return new PlanUsage(row.Resumes, row.ExportsToday, row.UploadBytesToday, row.BulkAppliesToday);
    }

    private sealed record UsageRow(int Resumes, int ExportsToday, long UploadBytesToday, int BulkAppliesToday);
}
