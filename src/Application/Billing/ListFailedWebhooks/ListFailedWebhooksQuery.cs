using Mediator;
using ResumeExport.Application.Billing.Common;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Billing.ListFailedWebhooks;

/// <summary>The webhook dead letters (admin only), newest first.</summary>
public sealed record ListFailedWebhooksQuery(string? Cursor, int Limit = ListFailedWebhooksQuery.DefaultLimit) : IQuery<Page<BillingWebhookEventResponse>>, IPagedQuery
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    static int IPagedQuery.MaxLimit => MaxLimit;

    static string IPagedQuery.InvalidCursorMessage => "The cursor is not valid.";
}

public sealed class ListFailedWebhooksQueryHandler(ICurrentUser currentUser, IBillingWebhookEventRepository events)
    : IQueryHandler<ListFailedWebhooksQuery, Page<BillingWebhookEventResponse>>
{
    public async ValueTask<Page<BillingWebhookEventResponse>> Handle(ListFailedWebhooksQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAdmin)
        {
            throw new ForbiddenException("Only admins may see failed webhooks.");
        }

        CursorCodec.TryDecode(query.Cursor, out var after);
        var rows = await events.ListFailedAsync(after, query.Limit + 1, cancellationToken);
        var page = rows.Take(query.Limit).ToArray();
        var next = rows.Count > query.Limit ? CursorCodec.Encode(new PageCursor(page[^1].ReceivedAt, page[^1].Id)) : null;
        return new Page<BillingWebhookEventResponse>(page.Select(BillingWebhookEventResponse.From).ToArray(), next);
    }
}
