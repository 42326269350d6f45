using Microsoft.EntityFrameworkCore;
using ResumeExport.Adapters.Persistence.Outbox;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Adapters.Persistence.Redeliveries;

/// <summary>Due rows move into the outbox in one statement; <c>SKIP LOCKED</c> lets every replica run it at once (decision 36).</summary>
internal sealed class RedeliveryQueue(AppDbContext db, OutboxSignal outboxSignal) : IRedeliveryQueue
{
    public async Task<int> DispatchDueAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        // Deleted and inserted in one statement, so a row is either waiting or in the outbox, never both nor neither.
        var moved = await db.Database.ExecuteSqlAsync($"""
            WITH due AS (
                SELECT id FROM redeliveries WHERE due_at <= {now} ORDER BY due_at, id LIMIT {batchSize} FOR UPDATE SKIP LOCKED
            ), moved AS (
                DELETE FROM redeliveries r USING due WHERE r.id = due.id RETURNING r.id, r.message_type, r.payload
            )
            INSERT INTO outbox_messages (id, message_type, payload, created_at, attempts)
            SELECT id, message_type, payload, {now}, 0 FROM moved
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken);
        if (moved > 0)
        {
            outboxSignal.Notify();
        }

        return moved;
    }

    public async Task<IReadOnlyList<WaitingRedeliveries>> ReadWaitingAsync(CancellationToken cancellationToken) =>
        await db.Redeliveries.AsNoTracking()
            .GroupBy(r => new { r.Kind, r.LastErrorCode })
            .Select(g => new WaitingRedeliveries(g.Key.Kind, g.Key.LastErrorCode, g.LongCount(), g.Min(r => r.FirstFailureAt)))
            .ToListAsync(cancellationToken);
}
