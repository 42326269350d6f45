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
}
