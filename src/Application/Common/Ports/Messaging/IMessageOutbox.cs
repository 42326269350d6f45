using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Common.Ports.Messaging;

/// <summary>
/// Queues a message in the current unit of work; a relay publishes it (at least once) after
/// <see cref="IUnitOfWork.SaveChangesAsync"/> commits.
/// </summary>
public interface IMessageOutbox
{
    void Enqueue<TMessage>(TMessage message)
        where TMessage : class;
}
