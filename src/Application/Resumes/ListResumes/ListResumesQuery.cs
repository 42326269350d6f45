using Mediator;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Resumes.Common;

namespace ResumeExport.Application.Resumes.ListResumes;

public sealed record ListResumesQuery(string? Cursor, int Limit = ListResumesQuery.DefaultLimit) : IQuery<Page<ResumeResponse>>, IPagedQuery
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    static int IPagedQuery.MaxLimit => MaxLimit;
}

public sealed class ListResumesQueryHandler(ICurrentUser currentUser, IResumeRepository resumes)
    : IQueryHandler<ListResumesQuery, Page<ResumeResponse>>
{
    public async ValueTask<Page<ResumeResponse>> Handle(ListResumesQuery query, CancellationToken cancellationToken)
    {
        CursorCodec.TryDecode(query.Cursor, out var after);

        // One extra row tells whether another page exists without a count query.
        var rows = await resumes.ListOwnedAsync(currentUser.RequiredUserId, after, query.Limit + 1, cancellationToken);
        var page = rows.Take(query.Limit).ToArray();
        var next = rows.Count > query.Limit ? CursorCodec.Encode(new PageCursor(page[^1].UpdatedAt, page[^1].Id)) : null;
        return new Page<ResumeResponse>(page.Select(ResumeMapper.ToResponse).ToArray(), next);
    }
}
