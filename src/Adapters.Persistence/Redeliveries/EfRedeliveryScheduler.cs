using System.Text.Json;
using ResumeExport.Adapters.Persistence.Outbox;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Domain.Redeliveries;

namespace ResumeExport.Adapters.Persistence.Redeliveries;

/// <summary>Commits with the item's waiting state, serialised exactly as the outbox does.</summary>
internal sealed class EfRedeliveryScheduler(AppDbContext db, TimeProvider clock) : IRedeliveryScheduler
{
    public void Schedule(object message, string kind, Guid itemId, int attempt, RedeliveryDecision decision, string errorCode, string error)
    {
        var now = clock.GetUtcNow();
        db.Redeliveries.Add(RedeliveryMessage.Create(
            Guid.CreateVersion7(now),
            kind,
            itemId,
            MessageTypeRegistry.NameOf(message.GetType()),
            JsonSerializer.Serialize(message, message.GetType(), MessageSerialization.Options),
            attempt,
            decision.WaitingSince,
            decision.DueAt,
            errorCode,
            error,
            now));
    }
}
