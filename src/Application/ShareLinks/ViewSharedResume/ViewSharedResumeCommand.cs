using Mediator;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Ports.Templates;
using ResumeExport.Application.ShareLinks.Common;

namespace ResumeExport.Application.ShareLinks.ViewSharedResume;

/// <summary>A public view of a share link's page: anonymous, so the token (and a protected link's pass) is all there is.</summary>
/// <param name="AccessPass">The pass the right password earned (<see cref="ShareLinkAccessPass"/>), if any.</param>
public sealed record ViewSharedResumeCommand(string Token, string? AccessPass) : ICommand<SharedResumePage>;

/// <remarks>
/// Each page shown counts one view, added in the database at once. A pinned link renders its stored version, an
/// unpinned one the resume as it is now; the HTML is the templates package's, exactly what the PDF prints.
/// </remarks>
public sealed class ViewSharedResumeCommandHandler(
    SharedLinkFinder finder,
    IShareLinkRepository shareLinks,
    SharedResumeLoader loader,
    IUserRepository users,
    IResumeHtmlRenderer renderer,
    TimeProvider clock) : ICommandHandler<ViewSharedResumeCommand, SharedResumePage>
{
    public async ValueTask<SharedResumePage> Handle(ViewSharedResumeCommand command, CancellationToken cancellationToken)
    {
        var (link, outcome) = await finder.FindAsync(command.Token, cancellationToken);
        if (link is null || outcome != SharedLinkOutcome.Open)
        {
            return SharedResumePage.Refused(outcome);
        }

        if (!ShareLinkAccessPass.Opens(link, command.AccessPass, clock.GetUtcNow()))
        {
            return SharedResumePage.Refused(SharedLinkOutcome.PasswordRequired);
        }

        var resume = await loader.LoadAsync(link, cancellationToken);
        var owner = await users.FindByIdAsync(link.UserId, cancellationToken);
        if (resume is null || owner is null || resume.UserId != link.UserId)
        {
            return SharedResumePage.Refused(SharedLinkOutcome.NotFound);
        }

        var html = renderer.Render(resume, owner.DisplayName, owner.Email);
        await shareLinks.CountViewAsync(link.Id, cancellationToken);
        return new SharedResumePage(SharedLinkOutcome.Open, resume.Title, html);
    }
}
