using ResumeExport.Application.Common.Paging;
using ResumeExport.Domain.Billing;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface IBillingWebhookEventRepository
{
    /// <summary>Stores and commits a new event; false on a redelivery. The unique index decides under concurrency.</summary>
    Task<bool> TryAddAsync(BillingWebhookEvent webhookEvent, CancellationToken cancellationToken);

    /// <summary>Loads the event (tracked) and locks its row until the transaction ends.</summary>
    Task<BillingWebhookEvent?> LockAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Records a failed handling attempt directly (outside the failed use case's tracked changes).</summary>
    Task MarkFailedAsync(Guid id, string error, CancellationToken cancellationToken);

    /// <summary>How many events are failed (dead letters waiting for a replay).</summary>
    Task<long> CountFailedAsync(CancellationToken cancellationToken);

    /// <summary>Failed events, newest first (keyset paging).</summary>
    Task<IReadOnlyList<BillingWebhookEvent>> ListFailedAsync(PageCursor? after, int limit, CancellationToken cancellationToken);
}
