using Mediator;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Auth.ListRevokedSessions;

/// <summary>
/// The sessions (refresh-token families) revoked at or after <paramref name="Since"/>: logout, a password change or a
/// replayed refresh token. The API asks for those whose access tokens may still be unexpired (decision 41).
/// </summary>
public sealed record ListRevokedSessionsQuery(DateTimeOffset Since) : IQuery<IReadOnlyList<Guid>>;

public sealed class ListRevokedSessionsQueryHandler(IRefreshTokenRepository refreshTokens) : IQueryHandler<ListRevokedSessionsQuery, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListRevokedSessionsQuery query, CancellationToken cancellationToken) =>
        await refreshTokens.FamiliesRevokedSinceAsync(query.Since, cancellationToken);
}
