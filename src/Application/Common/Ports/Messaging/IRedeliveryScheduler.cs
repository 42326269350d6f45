using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Redeliveries;

namespace ResumeExport.Application.Common.Ports.Messaging;

/// <summary>
/// Writes a redelivery in the current unit of work, beside the item's waiting state; when it falls due it is moved into
/// the outbox (<see cref="IRedeliveryQueue"/>) and published like any other message (decision 36).
/// </summary>
public interface IRedeliveryScheduler
{
    /// <param name="message">A message contract: the same message the item was first sent with.</param>
    /// <param name="kind">A <see cref="RedeliveryKind"/>: what operators see it counted under.</param>
    /// <param name="attempt">The item's redelivery number in its window, from 1.</param>
    void Schedule(object message, string kind, Guid itemId, int attempt, RedeliveryDecision decision, string errorCode, string error);
}
