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
    IShareLinkRepository shareLinks,
    SharedResumeLoader loader,
    IUserRepository users,
    IResumeHtmlRenderer renderer) : ICommandHandler<ViewSharedResumeCommand, SharedResumePage>
{
    public async ValueTask<SharedResumePage> Handle(ViewSharedResumeCommand command, CancellationToken cancellationToken)
    {
        var (link, resume, outcome) = await loader.OpenAsync(command.Token, command.AccessPass, cancellationToken);
        if (link is null || resume is null)
        {
            return SharedResumePage.Refused(outcome);
        }

        if (await users.FindByIdAsync(link.UserId, cancellationToken) is not { } owner)
        {
            return SharedResumePage.Refused(SharedLinkOutcome.NotFound);
        }

        var html = renderer.Render(resume, owner.DisplayName, owner.Email);
        await shareLinks.CountViewAsync(link.Id, cancellationToken);
        return new SharedResumePage(SharedLinkOutcome.Open, resume.Title, html);
    }
}
