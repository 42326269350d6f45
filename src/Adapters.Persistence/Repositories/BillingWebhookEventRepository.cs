using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Billing;

namespace ResumeExport.Adapters.Persistence.Repositories;

internal sealed class BillingWebhookEventRepository(AppDbContext db) : IBillingWebhookEventRepository
{
    public async Task<bool> TryAddAsync(BillingWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        // ON CONFLICT DO NOTHING: racing deliveries meet at the unique index and one row wins.
        var e = webhookEvent;
        var status = e.Status.ToString();
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO billing_webhook_events (id, provider, provider_event_id, type, payload, status, attempts, last_error, received_at, processed_at)
            VALUES ({e.Id}, {e.Provider}, {e.ProviderEventId}, {e.Type}, {e.Payload}, {status}, {e.Attempts}, {e.LastError}, {e.ReceivedAt}, {e.ProcessedAt})
            ON CONFLICT (provider, provider_event_id) DO NOTHING
            """, cancellationToken);
        return inserted == 1;
    }

    public async Task<BillingWebhookEvent?> LockAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<BillingWebhookEvent>().FromSql($"SELECT * FROM billing_webhook_events WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public async Task MarkFailedAsync(Guid id, string error, CancellationToken cancellationToken)
    {
        var failed = BillingWebhookEventStatus.Failed;
        await db.Set<BillingWebhookEvent>().Where(e => e.Id == id).ExecuteUpdateAsync(
            set => set
                .SetProperty(e => e.Status, failed)
                .SetProperty(e => e.Attempts, e => e.Attempts + 1)
                .SetProperty(e => e.LastError, error),
            cancellationToken);
    }

    public async Task<long> CountFailedAsync(CancellationToken cancellationToken) =>
        await db.Set<BillingWebhookEvent>().LongCountAsync(e => e.Status == BillingWebhookEventStatus.Failed, cancellationToken);

    public async Task<IReadOnlyList<BillingWebhookEvent>> ListFailedAsync(PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        var query = db.Set<BillingWebhookEvent>().AsNoTracking().Where(e => e.Status == BillingWebhookEventStatus.Failed);
        if (after is not null)
        {
            query = query.Where(e => e.ReceivedAt < after.SortedAt || (e.ReceivedAt == after.SortedAt && e.Id.CompareTo(after.Id) < 0));
        }

        return await query.OrderByDescending(e => e.ReceivedAt).ThenByDescending(e => e.Id).Take(limit).ToListAsync(cancellationToken);
    }
}
