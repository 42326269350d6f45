using Mediator;
using ResumeExport.Application.Auth.Common;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Auth.Login;

public sealed record LoginCommand(string Email, string Password) : ICommand<AuthResponse>;

public sealed class LoginCommandHandler(
    IUserRepository users,
    IPasswordHasher passwordHasher,
    SessionIssuer sessions,
    IUnitOfWork unitOfWork) : ICommandHandler<LoginCommand, AuthResponse>
{
    private const string InvalidCredentials = "The e-mail or password is incorrect.";

    public async ValueTask<AuthResponse> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByNormalizedEmailAsync(command.Email.Trim().ToLowerInvariant(), cancellationToken);
        if (user is null)
        {
            // The same work and the same answer as a wrong password: one verification, then 401.
            passwordHasher.VerifyWithoutAccount(command.Password);
            throw new UnauthorizedException(InvalidCredentials);
        }

        switch (passwordHasher.Verify(user.PasswordHash, command.Password))
        {
            case PasswordCheck.Failed:
                throw new UnauthorizedException(InvalidCredentials);
            case PasswordCheck.SucceededRehashNeeded:
                user.RehashPassword(passwordHasher.Hash(command.Password));
                break;
        }

        // One save: the new refresh token, and the fresh hash if there is one.
        var session = sessions.Start(user);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return session;
    }
}
