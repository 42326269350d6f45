using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.ShareLinks.Common;

namespace ResumeExport.Application.ShareLinks.ListShareLinks;

/// <summary>The caller's links to one resume, newest first, with their counts and state (never their tokens).</summary>
public sealed record ListShareLinksQuery(Guid ResumeId) : IQuery<IReadOnlyList<ShareLinkResponse>>;

public sealed class ListShareLinksQueryHandler(ICurrentUser currentUser, IResumeRepository resumes, IShareLinkRepository shareLinks, TimeProvider clock)
    : IQueryHandler<ListShareLinksQuery, IReadOnlyList<ShareLinkResponse>>
{
    public async ValueTask<IReadOnlyList<ShareLinkResponse>> Handle(ListShareLinksQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        if (!await resumes.ExistsOwnedAsync(query.ResumeId, userId, cancellationToken))
        {
            throw new NotFoundException("Resume", query.ResumeId);
        }

        var now = clock.GetUtcNow();
        return [.. (await shareLinks.ListOwnedAsync(query.ResumeId, userId, cancellationToken)).Select(link => ShareLinkResponse.From(link, now))];
    }
}
