namespace ResumeExport.Application.Common.Ports;

/// <summary>
/// Commits everything the use case changed, rows and outbox messages alike, in one database transaction:
/// either all of it is stored or none of it.
/// </summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
