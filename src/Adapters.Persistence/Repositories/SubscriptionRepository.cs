using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Billing;

namespace ResumeExport.Adapters.Persistence.Repositories;

internal sealed class SubscriptionRepository(AppDbContext db) : ISubscriptionRepository
{
    public Task<Subscription?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Set<Subscription>().FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken);

    public void Add(Subscription subscription) => db.Set<Subscription>().Add(subscription);

    public async Task<IReadOnlyList<DuePlanChange>> ClaimDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        // The per-user lock every plan change takes, skipping users held elsewhere.
        var users = await db.Users.FromSql($"""
            SELECT u.* FROM users u
            WHERE u.id IN (
                SELECT s.user_id FROM subscriptions s
                WHERE s.pending_change_at IS NOT NULL AND s.pending_change_at <= {now}
                ORDER BY s.pending_change_at
                LIMIT {limit})
            FOR UPDATE OF u SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (users.Count == 0)
        {
            return [];
        }

        var ids = users.Select(u => u.Id).ToArray();

        // Re-read under the lock: a request may have changed the pending change meanwhile.
        var subscriptions = await db.Set<Subscription>()
            .Where(s => ids.Contains(s.UserId) && s.PendingChangeAt != null && s.PendingChangeAt <= now)
            .ToDictionaryAsync(s => s.UserId, cancellationToken);
        return users.Where(u => subscriptions.ContainsKey(u.Id)).Select(u => new DuePlanChange(u, subscriptions[u.Id])).ToArray();
    }
}
