namespace ResumeExport.Domain.Common;

/// <summary>Records events that the unit of work dispatches before saving, so follow-ups commit with the cause (decision 25).</summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> domainEvents = [];

    public IReadOnlyCollection<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    protected void RaiseDomainEvent(IDomainEvent domainEvent) => domainEvents.Add(domainEvent);
}
