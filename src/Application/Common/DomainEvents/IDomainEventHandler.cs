using ResumeExport.Domain.Common;

namespace ResumeExport.Application.Common.DomainEvents;

/// <summary>Runs inside the save, before commit, so its changes commit with the event's or not at all. Never saves.</summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
