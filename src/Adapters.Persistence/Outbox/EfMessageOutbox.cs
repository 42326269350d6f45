using System.Diagnostics;
using System.Text.Json;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Application.Common.Ports.Messaging;

namespace ResumeExport.Adapters.Persistence.Outbox;

/// <summary>Commits with the use case's rows; invalid messages are never written.</summary>
internal sealed class EfMessageOutbox(AppDbContext db, IServiceProvider services, TimeProvider clock) : IMessageOutbox
{
    public void Enqueue<TMessage>(TMessage message)
        where TMessage : class
    {
        foreach (var validator in services.GetServices<IValidator<TMessage>>())
        {
            validator.ValidateAndThrow(message);
        }

        var now = clock.GetUtcNow();
        var activity = Activity.Current;
        db.OutboxMessages.Add(OutboxMessage.Create(
            Guid.CreateVersion7(now),
            MessageTypeRegistry.NameOf(typeof(TMessage)),
            JsonSerializer.Serialize(message, MessageSerialization.Options),
            activity?.Id,
            activity?.TraceStateString,
            now));
    }
}
