using ResumeExport.Application.Common.DomainEvents;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.BulkApplies.FailWaitingApplications;

/// <summary>Applications waiting on a PDF that failed for good fail visibly, in the transaction that fails the export.</summary>
public sealed class FailWaitingApplicationsWhenExportFailed(
    IEmailJobRepository emailJobs, IBulkApplyRepository bulkApplies, IEmailCounters emailCounters, WaitingApplicationFailureLog log)
    : IDomainEventHandler<ExportFailed>
{
    public async Task HandleAsync(ExportFailed domainEvent, CancellationToken cancellationToken)
    {
        var bulkApplyCache = new Dictionary<Guid, BulkApply?>();
        foreach (var waiting in await emailJobs.ListWaitingForExportAsync(domainEvent.ExportId, cancellationToken))
        {
            waiting.FailWithoutSending(EmailErrorCodes.ExportFailed, $"The PDF for this application could not be made: {domainEvent.ErrorCode}.");
            var bulkApplyId = waiting.BulkApplyId!.Value;
            if (!bulkApplyCache.TryGetValue(bulkApplyId, out var bulkApply))
            {
                bulkApply = bulkApplyCache[bulkApplyId] = await bulkApplies.FindAsync(bulkApplyId, cancellationToken);
            }

            bulkApply?.ApplicationFor(waiting.Id)?.MarkFailed();
            await emailCounters.IncrementAsync(EmailReason.BulkApply, EmailJobStatus.Failed, cancellationToken);
            log.Record(waiting.Id, domainEvent.ExportId, domainEvent.ErrorCode);
        }
    }
}
