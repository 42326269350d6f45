using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Adapters.Persistence.Repositories;

/// <summary>Read through the relay's partial index (<c>ix_outbox_messages_unsent</c>).</summary>
internal sealed class OutboxStatsReader(AppDbContext db) : IOutboxStatsReader
{
    public async Task<OutboxStats> ReadAsync(CancellationToken cancellationToken)
    {
        var unsent = db.OutboxMessages.AsNoTracking().Where(m => m.SentAt == null);
        var pending = await unsent.LongCountAsync(cancellationToken);
        var oldest = pending == 0 ? null : await unsent.MinAsync(m => (DateTimeOffset?)m.CreatedAt, cancellationToken);
        return new OutboxStats(pending, oldest);
    }
}
