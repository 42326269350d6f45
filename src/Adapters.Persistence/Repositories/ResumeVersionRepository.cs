using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.ShareLinks;

namespace ResumeExport.Adapters.Persistence.Repositories;

internal sealed class ResumeVersionRepository(AppDbContext db, TimeProvider clock) : IResumeVersionRepository
{
    // Compiled: read by every export the PDF worker renders.
    private static readonly Func<AppDbContext, Guid, int, CancellationToken, Task<ResumeVersion?>> ByNumber =
        EF.CompileAsyncQuery((AppDbContext db, Guid resumeId, int version, CancellationToken _) =>
            db.ResumeVersions.AsNoTracking().FirstOrDefault(v => v.ResumeId == resumeId && v.Version == version));

    public Task<ResumeVersion?> GetAsync(Guid resumeId, int version, CancellationToken cancellationToken) => ByNumber(db, resumeId, version, cancellationToken);

    public Task<ResumeVersion?> GetLatestAsync(Guid resumeId, CancellationToken cancellationToken) =>
        db.ResumeVersions.AsNoTracking().Where(v => v.ResumeId == resumeId).OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ResumeVersion>> ListAsync(Guid resumeId, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        var query = db.ResumeVersions.AsNoTracking().Where(v => v.ResumeId == resumeId);
        if (after is not null)
        {
            // The cursor names the last version shown; a pruned one still orders by its time.
            var last = await db.ResumeVersions.Where(v => v.Id == after.Id && v.ResumeId == resumeId).Select(v => (int?)v.Version).FirstOrDefaultAsync(cancellationToken);
            query = last is { } number ? query.Where(v => v.Version < number) : query.Where(v => v.CreatedAt < after.SortedAt);
        }

        return await query.OrderByDescending(v => v.Version).Take(limit).ToListAsync(cancellationToken);
    }

    public void Add(ResumeVersion version) => db.ResumeVersions.Add(version);

    public async Task<IReadOnlyList<VersionPruneCandidate>> ClaimPruneCandidatesAsync(int limit, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Claim resumes to prune inside a transaction: the row locks last only until it ends.");
        }

        var now = clock.GetUtcNow();

        // A prefilter only (pinned versions are left to the policy): some version below the newest maxVersionsKept.
        return await db.Database.SqlQuery<VersionPruneCandidate>($"""
            SELECT r.id AS resume_id, r.latest_version, l.max_versions_kept
            FROM resumes r
            JOIN users u ON u.id = r.user_id
            JOIN plan_limits l ON l.plan_code = u.plan_code
            WHERE EXISTS (
                SELECT 1 FROM resume_versions v
                WHERE v.resume_id = r.id AND v.version <= r.latest_version - greatest(l.max_versions_kept, 1)
                  AND NOT EXISTS (
                      SELECT 1 FROM exports e
                      WHERE e.resume_id = r.id AND e.resume_version = v.version AND e.status IN ('Queued', 'Processing', 'Completed', 'Failed'))
                  AND NOT EXISTS (
                      SELECT 1 FROM bulk_applications a JOIN bulk_applies b ON b.id = a.bulk_apply_id
                      WHERE b.resume_id = r.id AND a.sent_resume_version = v.version)
                  AND NOT EXISTS (
                      SELECT 1 FROM share_links s
                      WHERE s.resume_id = r.id AND s.version = v.version AND s.revoked_at IS NULL
                        AND (s.expires_at IS NULL OR s.expires_at > {now})))
            ORDER BY r.id
            LIMIT {limit}
            FOR UPDATE OF r SKIP LOCKED
            """).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<int>> ListNumbersAsync(Guid resumeId, CancellationToken cancellationToken) =>
        await db.ResumeVersions.Where(v => v.ResumeId == resumeId).Select(v => v.Version).ToListAsync(cancellationToken);

    public async Task<IReadOnlySet<int>> PinnedNumbersAsync(Guid resumeId, CancellationToken cancellationToken)
    {
        var byExports = await db.Exports
            .Where(e => e.ResumeId == resumeId && e.ResumeVersion != null
                && (e.Status == Domain.Exports.ExportStatus.Queued || e.Status == Domain.Exports.ExportStatus.Processing
                    || e.Status == Domain.Exports.ExportStatus.Completed
                    // A failed export can be retried or requeued until it is purged: it still needs its version.
                    || e.Status == Domain.Exports.ExportStatus.Failed))
            .Select(e => e.ResumeVersion!.Value)
            .ToListAsync(cancellationToken);
        var bySentApplications = await db.Database.SqlQuery<int>($"""
            SELECT a.sent_resume_version AS "Value"
            FROM bulk_applications a JOIN bulk_applies b ON b.id = a.bulk_apply_id
            WHERE b.resume_id = {resumeId} AND a.sent_resume_version IS NOT NULL
            """).ToListAsync(cancellationToken);
        // A link pinned to a version shows it for as long as the link opens (decision 31); a revoked or expired one no longer needs it.
        var now = clock.GetUtcNow();
        var byShareLinks = await db.Set<ShareLink>()
            .Where(l => l.ResumeId == resumeId && l.Version != null && l.RevokedAt == null && (l.ExpiresAt == null || l.ExpiresAt > now))
            .Select(l => l.Version!.Value)
            .ToListAsync(cancellationToken);
        return byExports.Concat(bySentApplications).Concat(byShareLinks).ToHashSet();
    }

    public Task<int> DeleteAsync(Guid resumeId, IReadOnlyCollection<int> versions, CancellationToken cancellationToken) =>
        versions.Count == 0
            ? Task.FromResult(0)
            : db.ResumeVersions.Where(v => v.ResumeId == resumeId && versions.Contains(v.Version)).ExecuteDeleteAsync(cancellationToken);
}
