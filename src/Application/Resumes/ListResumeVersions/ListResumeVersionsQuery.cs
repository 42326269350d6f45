using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Resumes.Common;

namespace ResumeExport.Application.Resumes.ListResumeVersions;

/// <summary>A resume's history, newest version first; another user's resume is not found.</summary>
public sealed record ListResumeVersionsQuery(Guid ResumeId, string? Cursor, int Limit = ListResumeVersionsQuery.DefaultLimit)
    : IQuery<Page<ResumeVersionSummaryResponse>>, IPagedQuery
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    static int IPagedQuery.MaxLimit => MaxLimit;
}

public sealed class ListResumeVersionsQueryHandler(ICurrentUser currentUser, IResumeRepository resumes, IResumeVersionRepository versions)
    : IQueryHandler<ListResumeVersionsQuery, Page<ResumeVersionSummaryResponse>>
{
    public async ValueTask<Page<ResumeVersionSummaryResponse>> Handle(ListResumeVersionsQuery query, CancellationToken cancellationToken)
    {
        if (!await resumes.ExistsOwnedAsync(query.ResumeId, currentUser.RequiredUserId, cancellationToken))
        {
            throw new NotFoundException("Resume", query.ResumeId);
        }

        CursorCodec.TryDecode(query.Cursor, out var after);

        // One extra row tells whether another page exists without a count query.
        var rows = await versions.ListAsync(query.ResumeId, after, query.Limit + 1, cancellationToken);
        var page = rows.Take(query.Limit).ToArray();
        var next = rows.Count > query.Limit ? CursorCodec.Encode(new PageCursor(page[^1].CreatedAt, page[^1].Id)) : null;
        return new Page<ResumeVersionSummaryResponse>(page.Select(ResumeVersionSummaryResponse.From).ToArray(), next);
    }
}
