using ResumeExport.Application.Common.DomainEvents;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Emails.QueueExportEmail;

/// <summary>An e-mail-delivery export queues its e-mail once the PDF is stored.</summary>
public sealed class QueueExportEmailWhenExportCompleted(IUserRepository users, IEmailJobRepository emailJobs, IMessageOutbox outbox)
    : IDomainEventHandler<ExportCompleted>
{
    public async Task HandleAsync(ExportCompleted domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Delivery != ExportDelivery.Email)
        {
            return;
        }

        // The render locked the owner's row in this transaction, so the owner is still there.
        var owner = await users.FindByIdAsync(domainEvent.UserId, cancellationToken)
            ?? throw new InvalidOperationException($"Export {domainEvent.ExportId} completed for user {domainEvent.UserId}, who does not exist.");
        var job = EmailJob.ForFreeTierExport(domainEvent.UserId, domainEvent.ExportId, owner.Email, domainEvent.CompletedAt);
        emailJobs.Add(job);
        outbox.Enqueue(new Contracts.SendExportEmail(job.Id, domainEvent.ExportId, domainEvent.UserId));
    }
}
