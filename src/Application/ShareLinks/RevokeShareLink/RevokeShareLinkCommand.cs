using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.ShareLinks.RevokeShareLink;

/// <summary>Revokes a link for good (its page answers 410); revoking a revoked link changes nothing.</summary>
public sealed record RevokeShareLinkCommand(Guid ResumeId, Guid LinkId) : ICommand;

public sealed class RevokeShareLinkCommandHandler(ICurrentUser currentUser, IShareLinkRepository shareLinks, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<RevokeShareLinkCommand>
{
    public async ValueTask<Unit> Handle(RevokeShareLinkCommand command, CancellationToken cancellationToken)
    {
        var link = await shareLinks.FindOwnedAsync(command.LinkId, command.ResumeId, currentUser.RequiredUserId, cancellationToken)
            ?? throw new NotFoundException("Share link", command.LinkId);
        link.Revoke(clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
