namespace ResumeExport.Domain.Common;

/// <summary>Handled in the transaction that saves the aggregate.</summary>
public interface IDomainEvent;
