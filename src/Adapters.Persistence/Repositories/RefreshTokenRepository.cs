using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Persistence.Repositories;

internal sealed class RefreshTokenRepository(AppDbContext db) : IRefreshTokenRepository
{
    public void Add(RefreshToken token) => db.RefreshTokens.Add(token);

    public Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);

    public async Task<RefreshToken?> TrySpendAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One statement: PostgreSQL re-checks the WHERE after a racing UPDATE commits, so only one caller gets the row.
        var spent = await db.RefreshTokens.FromSql($"""
            UPDATE refresh_tokens SET used_at = {now}
            WHERE token_hash = {tokenHash} AND used_at IS NULL AND revoked_at IS NULL AND expires_at > {now} AND family_expires_at > {now}
            RETURNING *
            """).AsNoTracking().ToListAsync(cancellationToken);
        return spent.SingleOrDefault();
    }

    public Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);

    public Task RevokeAllOfUserAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);

    // Served by the partial index on revoked_at: the API asks every second, and only recent revocations match.
    public async Task<IReadOnlyList<Guid>> FamiliesRevokedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        await db.RefreshTokens.AsNoTracking().Where(t => t.RevokedAt >= since).Select(t => t.FamilyId).Distinct().ToListAsync(cancellationToken);

    public Task<int> PurgeEndedFamiliesAsync(DateTimeOffset endedBefore, int maxFamilies, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            DELETE FROM refresh_tokens
            WHERE family_id IN (
                SELECT family_id FROM refresh_tokens
                GROUP BY family_id
                HAVING bool_and(
                    NOT (used_at IS NULL AND revoked_at IS NULL AND expires_at > {endedBefore} AND family_expires_at > {endedBefore})
                    AND (revoked_at IS NULL OR revoked_at < {endedBefore}))
                LIMIT {maxFamilies})
            """, cancellationToken);
}
