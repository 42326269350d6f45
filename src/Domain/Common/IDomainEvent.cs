namespace ResumeExport.Domain.Common;

/// <summary>Something that happened to an aggregate, handled in the same transaction that saves the aggregate.</summary>
public interface IDomainEvent;
