using Mediator;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Users;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Exports.ListExports;

/// <param name="FailedOnly">The dead-letter view (admins see everyone's).</param>
public sealed record ListExportsQuery(string? Cursor, int Limit = ListExportsQuery.DefaultLimit, bool FailedOnly = false) : IQuery<Page<ExportResponse>>, IPagedQuery
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    static int IPagedQuery.MaxLimit => MaxLimit;
}

public sealed class ListExportsQueryHandler(ICurrentUser currentUser, IExportRepository exports, IUserRepository users)
    : IQueryHandler<ListExportsQuery, Page<ExportResponse>>
{
    public async ValueTask<Page<ExportResponse>> Handle(ListExportsQuery query, CancellationToken cancellationToken)
    {
        CursorCodec.TryDecode(query.Cursor, out var after);
        var owner = query.FailedOnly && currentUser.IsAdmin ? (Guid?)null : currentUser.RequiredUserId;
        var rows = await exports.ListAsync(owner, query.FailedOnly ? ExportStatus.Failed : null, after, query.Limit + 1, cancellationToken);
        var page = rows.Take(query.Limit).ToArray();
        var next = rows.Count > query.Limit ? CursorCodec.Encode(new PageCursor(page[^1].RequestedAt, page[^1].Id)) : null;
        var items = page.Select(ExportResponse.From).ToArray();
        if (query.FailedOnly)
        {
            // The dead-letter view shows whose export each one is: an admin sees everyone's.
            var emails = await users.FindEmailsAsync(page.Select(e => e.UserId).Distinct().ToArray(), cancellationToken);
            items = [.. items.Zip(page, (item, export) => item with { Owner = new OwnerResponse(export.UserId, emails.GetValueOrDefault(export.UserId, string.Empty)) })];
        }

        return new Page<ExportResponse>(items, next);
    }
}
