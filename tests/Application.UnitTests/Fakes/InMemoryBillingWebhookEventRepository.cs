using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Billing;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Webhook events by id; a second event with the same provider and provider event id is refused, like the unique index.</summary>
internal sealed class InMemoryBillingWebhookEventRepository : IBillingWebhookEventRepository
{
    public List<BillingWebhookEvent> Stored { get; } = [];

    public List<(Guid Id, string Error)> MarkedFailed { get; } = [];

    public Task<bool> TryAddAsync(BillingWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        if (Stored.Exists(e => e.Provider == webhookEvent.Provider && e.ProviderEventId == webhookEvent.ProviderEventId))
        {
            return Task.FromResult(false);
        }

        Stored.Add(webhookEvent);
        return Task.FromResult(true);
    }

    public Task<BillingWebhookEvent?> LockAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.Find(e => e.Id == id));

    public Task MarkFailedAsync(Guid id, string error, CancellationToken cancellationToken)
    {
        MarkedFailed.Add((id, error));
        return Task.CompletedTask;
    }

    public Task<long> CountFailedAsync(CancellationToken cancellationToken) =>
        Task.FromResult((long)MarkedFailed.Select(f => f.Id).Distinct().Count());

    public Task<IReadOnlyList<BillingWebhookEvent>> ListFailedAsync(PageCursor? after, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BillingWebhookEvent>>([.. Stored.Where(e => e.Status == BillingWebhookEventStatus.Failed).Take(limit)]);
}
