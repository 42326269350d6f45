using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Common.Ports.Messaging;

/// <summary>
/// Queues a message for the broker as part of the current unit of work. Nothing is sent until
/// <see cref="IUnitOfWork.SaveChangesAsync"/> commits; a relay then publishes it (at least once).
/// </summary>
public interface IMessageOutbox
{
    void Enqueue<TMessage>(TMessage message)
        where TMessage : class;
}
