using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface IRefreshTokenRepository
{
    void Add(RefreshToken token);

    Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the token used in one conditional UPDATE (only while unused, unrevoked and unexpired) and returns it, or
    /// null when another request spent it first or it is no longer usable: two racing refreshes, exactly one wins.
    /// </summary>
    Task<RefreshToken?> TrySpendAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken);

    Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken);

    Task RevokeAllOfUserAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Every family (session) with a token revoked at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<Guid>> FamiliesRevokedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the rows of up to <paramref name="maxFamilies"/> families that ended before <paramref name="endedBefore"/>:
    /// no token of theirs could still be spent after that instant, and none was revoked after it. A live family keeps its
    /// spent tokens, so replaying one of them is still detected. Returns the rows deleted.
    /// </summary>
    Task<int> PurgeEndedFamiliesAsync(DateTimeOffset endedBefore, int maxFamilies, CancellationToken cancellationToken);
}
