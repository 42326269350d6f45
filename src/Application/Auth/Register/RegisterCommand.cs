using Mediator;
using ResumeExport.Application.Auth.Common;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Auth.Register;

public sealed record RegisterCommand(string Email, string Password, string DisplayName) : ICommand<AuthResponse>;

public sealed class RegisterCommandHandler(
    IUserRepository users,
    IPasswordHasher passwordHasher,
    SessionIssuer sessions,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<RegisterCommand, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(RegisterCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Parse(command.Email);
        if (await users.ExistsWithNormalizedEmailAsync(email.Normalized, cancellationToken))
        {
            throw new ConflictException(ConflictCodes.EmailTaken, "An account with this e-mail already exists.");
        }

        var user = User.Register(email, passwordHasher.Hash(command.Password), command.DisplayName, clock.GetUtcNow());
        users.Add(user);
        var session = sessions.Start(user);

        // The unique index on the normalised e-mail settles racing sign-ups (mapped to a conflict).
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return session;
    }
}
