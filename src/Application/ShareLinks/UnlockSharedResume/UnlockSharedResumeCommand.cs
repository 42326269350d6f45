using Mediator;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.ShareLinks.Common;

namespace ResumeExport.Application.ShareLinks.UnlockSharedResume;

/// <summary>A viewer's password for a protected link; the right one earns a short-lived pass (a cookie).</summary>
public sealed record UnlockSharedResumeCommand(string Token, string Password) : ICommand<SharedLinkUnlock>;

/// <remarks>The hasher's verification is constant-time; attempts are rate limited per link and per address at the API.</remarks>
public sealed class UnlockSharedResumeCommandHandler(SharedLinkFinder finder, IPasswordHasher passwordHasher, TimeProvider clock)
    : ICommandHandler<UnlockSharedResumeCommand, SharedLinkUnlock>
{
    public async ValueTask<SharedLinkUnlock> Handle(UnlockSharedResumeCommand command, CancellationToken cancellationToken)
    {
        var (link, outcome) = await finder.FindAsync(command.Token, cancellationToken);
        if (link is null || outcome != SharedLinkOutcome.Open)
        {
            return new SharedLinkUnlock(outcome, null, null);
        }

        // An open link has nothing to unlock: the page shows without a pass.
        if (!link.IsProtected)
        {
            return new SharedLinkUnlock(SharedLinkOutcome.Open, null, null);
        }

        if (command.Password.Length > ShareLinkRules.PasswordMaxLength || passwordHasher.Verify(link.PasswordHash!, command.Password) == PasswordCheck.Failed)
        {
            return new SharedLinkUnlock(SharedLinkOutcome.WrongPassword, null, null);
        }

        var (pass, expiresAt) = ShareLinkAccessPass.Issue(link, clock.GetUtcNow());
        return new SharedLinkUnlock(SharedLinkOutcome.Open, pass, expiresAt);
    }
}
