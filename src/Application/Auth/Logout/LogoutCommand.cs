using Mediator;
using ResumeExport.Application.Auth.Common;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Auth.Logout;

public sealed record LogoutCommand(string RefreshToken) : ICommand;

/// <summary>Revokes the presented token's whole family: every device copy of that one login.</summary>
public sealed class LogoutCommandHandler(IRefreshTokenRepository refreshTokens, TimeProvider clock) : ICommandHandler<LogoutCommand>
{
    public async ValueTask<Unit> Handle(LogoutCommand command, CancellationToken cancellationToken)
    {
        var known = await refreshTokens.FindByHashAsync(SessionIssuer.Hash(command.RefreshToken), cancellationToken)
            ?? throw new UnauthorizedException(Refresh.RefreshSessionCommandHandler.InvalidToken);
        await refreshTokens.RevokeFamilyAsync(known.FamilyId, clock.GetUtcNow(), cancellationToken);
        return Unit.Value;
    }
}
