using ResumeExport.Domain.Common;

namespace ResumeExport.Application.Common.DomainEvents;

/// <summary>
/// A follow-up of one domain event. It runs inside the unit of work's save, before the commit: what it changes commits
/// with the change that raised the event, or nothing does. It must not save itself.
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
