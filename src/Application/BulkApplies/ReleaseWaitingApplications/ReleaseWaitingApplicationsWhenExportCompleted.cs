using ResumeExport.Application.Common.DomainEvents;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Contracts;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.BulkApplies.ReleaseWaitingApplications;

/// <summary>Bulk applications that were waiting for this PDF go out now, committed with the completion.</summary>
public sealed class ReleaseWaitingApplicationsWhenExportCompleted(IEmailJobRepository emailJobs, IMessageOutbox outbox)
    : IDomainEventHandler<ExportCompleted>
{
    public async Task HandleAsync(ExportCompleted domainEvent, CancellationToken cancellationToken)
    {
        foreach (var waiting in await emailJobs.ListWaitingForExportAsync(domainEvent.ExportId, cancellationToken))
        {
            outbox.Enqueue(new SendBulkApplication(waiting.Id, waiting.BulkApplyId!.Value, waiting.UserId));
        }
    }
}
