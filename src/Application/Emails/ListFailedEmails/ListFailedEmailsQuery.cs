using Mediator;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Users;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.Emails.ListFailedEmails;

/// <summary>Failed e-mails, newest first: the caller's own, or everyone's for admins.</summary>
public sealed record ListFailedEmailsQuery(string? Cursor, int Limit = ListFailedEmailsQuery.DefaultLimit) : IQuery<Page<EmailJobResponse>>, IPagedQuery
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    static int IPagedQuery.MaxLimit => MaxLimit;
}

public sealed class ListFailedEmailsQueryHandler(ICurrentUser currentUser, IEmailJobRepository jobs, IUserRepository users)
    : IQueryHandler<ListFailedEmailsQuery, Page<EmailJobResponse>>
{
    public async ValueTask<Page<EmailJobResponse>> Handle(ListFailedEmailsQuery query, CancellationToken cancellationToken)
    {
        CursorCodec.TryDecode(query.Cursor, out var after);
        var owner = currentUser.IsAdmin ? (Guid?)null : currentUser.RequiredUserId;
        var rows = await jobs.ListAsync(owner, EmailJobStatus.Failed, after, query.Limit + 1, cancellationToken);
        var page = rows.Take(query.Limit).ToArray();
        var next = rows.Count > query.Limit ? CursorCodec.Encode(new PageCursor(page[^1].CreatedAt, page[^1].Id)) : null;
        var emails = await users.FindEmailsAsync(page.Select(j => j.UserId).Distinct().ToArray(), cancellationToken);
        var items = page.Select(job => EmailJobResponse.From(job) with { Owner = new OwnerResponse(job.UserId, emails.GetValueOrDefault(job.UserId, string.Empty)) });
        return new Page<EmailJobResponse>([.. items], next);
    }
}
