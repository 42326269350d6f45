using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Users.DeleteAccount;

namespace ResumeExport.Application.Auth.ChangePassword;

/// <param name="CurrentPassword">Re-entered: a stolen access token alone cannot take the account over.</param>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand;

/// <summary>Sets the new password and revokes every session of the user, in one transaction.</summary>
public sealed class ChangePasswordCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IPasswordHasher passwordHasher,
    IRefreshTokenRepository refreshTokens,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<ChangePasswordCommand>
{
    public async ValueTask<Unit> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        await unitOfWork.InTransactionAsync(async ct =>
        {
            var user = await users.LockAsync(userId, ct) ?? throw new NotFoundException("User", userId);

            // 403 like account deletion: the caller is signed in, so a 401 would wrongly tell a client to drop its session.
            if (passwordHasher.Verify(user.PasswordHash, command.CurrentPassword) == PasswordCheck.Failed)
            {
                throw new ForbiddenException(DeleteAccountCommandHandler.WrongPassword);
            }

            user.ChangePassword(passwordHasher.Hash(command.NewPassword));
            await unitOfWork.SaveChangesAsync(ct);
            await refreshTokens.RevokeAllOfUserAsync(userId, clock.GetUtcNow(), ct);
            return true;
        }, cancellationToken);
        return Unit.Value;
    }
}
