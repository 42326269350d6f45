using System.Reflection;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Fakes;

internal sealed class InMemoryRefreshTokenRepository : IRefreshTokenRepository
{
    public List<RefreshToken> Stored { get; } = [];

    public void Add(RefreshToken token) => Stored.Add(token);

    public Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.FirstOrDefault(t => t.TokenHash == tokenHash));

    public Task<RefreshToken?> TrySpendAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var token = Stored.FirstOrDefault(t => t.TokenHash == tokenHash && t.IsUsableAt(now));
        if (token is not null)
        {
            Set(token, nameof(RefreshToken.UsedAt), now);
        }

        return Task.FromResult(token);
    }

    public Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var token in Stored.Where(t => t.FamilyId == familyId && t.RevokedAt is null))
        {
            Set(token, nameof(RefreshToken.RevokedAt), now);
        }

        return Task.CompletedTask;
    }

    public Task RevokeAllOfUserAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var token in Stored.Where(t => t.UserId == userId && t.RevokedAt is null))
        {
            Set(token, nameof(RefreshToken.RevokedAt), now);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Guid>> FamiliesRevokedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Guid>>([.. Stored.Where(t => t.RevokedAt >= since).Select(t => t.FamilyId).Distinct()]);

    // The adapter's SQL rule: a family ended when none of its tokens was spendable or revoked after the instant.
    public Task<int> PurgeEndedFamiliesAsync(DateTimeOffset endedBefore, int maxFamilies, CancellationToken cancellationToken)
    {
        var ended = Stored.GroupBy(t => t.FamilyId)
            .Where(f => f.All(t => !(t.UsedAt is null && t.RevokedAt is null && t.ExpiresAt > endedBefore && t.FamilyExpiresAt > endedBefore)
                                   && (t.RevokedAt is null || t.RevokedAt < endedBefore)))
            .Take(maxFamilies).Select(f => f.Key).ToHashSet();
        return Task.FromResult(Stored.RemoveAll(t => ended.Contains(t.FamilyId)));
    }

    // The database sets these columns in bulk UPDATEs, as the adapter does; the entity has no setter for them.
    private static void Set(RefreshToken token, string property, DateTimeOffset value) =>
        typeof(RefreshToken).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(token, (DateTimeOffset?)value);
}
