namespace ResumeExport.Domain.Common;

/// <summary>
/// An entity that records what happened to it; the unit of work hands the events to their handlers before it saves,
/// so the follow-ups commit with the change that caused them (decision 0025).
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> domainEvents = [];

    public IReadOnlyCollection<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    protected void RaiseDomainEvent(IDomainEvent domainEvent) => domainEvents.Add(domainEvent);
}
