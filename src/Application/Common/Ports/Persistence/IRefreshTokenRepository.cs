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
}
