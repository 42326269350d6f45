using Mediator;
using ResumeExport.Application.Auth.Common;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Auth.Refresh;

public sealed record RefreshSessionCommand(string RefreshToken) : ICommand<AuthResponse>;

/// <remarks>
/// Rotation: the presented token is spent by one conditional UPDATE, so of two racing refreshes exactly one gets a
/// successor. A token that exists but cannot be spent because it was already used is a replay (a stolen copy, or the
/// thief's copy after the owner refreshed): the whole family is revoked, so the newest token stops working too.
/// </remarks>
public sealed class RefreshSessionCommandHandler(
    IRefreshTokenRepository refreshTokens,
    IUserRepository users,
    SessionIssuer sessions,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<RefreshSessionCommand, AuthResponse>
{
    public const string InvalidToken = "The refresh token is invalid or expired.";

    public async ValueTask<AuthResponse> Handle(RefreshSessionCommand command, CancellationToken cancellationToken)
    {
        var hash = SessionIssuer.Hash(command.RefreshToken);
        var now = clock.GetUtcNow();
        var spent = await refreshTokens.TrySpendAsync(hash, now, cancellationToken);
        if (spent is null)
        {
            var known = await refreshTokens.FindByHashAsync(hash, cancellationToken);
            if (known?.UsedAt is not null)
            {
                await refreshTokens.RevokeFamilyAsync(known.FamilyId, now, cancellationToken);
            }

            throw new UnauthorizedException(InvalidToken);
        }

        var user = await users.FindByIdAsync(spent.UserId, cancellationToken) ?? throw new UnauthorizedException(InvalidToken);
        var session = sessions.Continue(user, spent);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return session;
    }
}
