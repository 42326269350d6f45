using Mediator;
using ResumeExport.Application.Auth.Common;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Auth.Refresh;

public sealed record RefreshSessionCommand(string RefreshToken) : ICommand<AuthResponse>;

/// <remarks>
/// Rotation: the presented token is spent by one conditional UPDATE, so of two racing refreshes exactly one gets a
/// successor; spending it and storing its successor commit together, so a failure in between leaves the old token
/// usable instead of signing the user out. A token that exists but cannot be spent because it was already used is a
/// replay (a stolen copy, or the thief's copy after the owner refreshed): the whole family is revoked, outside the
/// rotation's transaction so the revocation survives the 401, and the newest token stops working too.
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
        var session = await unitOfWork.InTransactionAsync<AuthResponse?>(async ct =>
        {
            var spent = await refreshTokens.TrySpendAsync(hash, now, ct);
            if (spent is null)
            {
                return null;
            }

            // An account deleted meanwhile takes its tokens with it (cascade), so a missing user only rolls back.
            var user = await users.FindByIdAsync(spent.UserId, ct) ?? throw new UnauthorizedException(InvalidToken);
            var next = sessions.Continue(user, spent);
            await unitOfWork.SaveChangesAsync(ct);
            return next;
        }, cancellationToken);
        if (session is not null)
        {
            return session;
        }

        var known = await refreshTokens.FindByHashAsync(hash, cancellationToken);
        if (known?.UsedAt is not null)
        {
            await refreshTokens.RevokeFamilyAsync(known.FamilyId, now, cancellationToken);
        }

        throw new UnauthorizedException(InvalidToken);
    }
}
