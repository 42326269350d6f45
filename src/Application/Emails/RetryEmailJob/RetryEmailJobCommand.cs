using Mediator;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports;
using ResumeExport.Application.Operations;
using ResumeExport.Contracts;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.Emails.RetryEmailJob;

/// <summary>Puts a failed e-mail back in the queue: owner or admin only, only from failed, at most MaxRetriesPerItem times.</summary>
public sealed record RetryEmailJobCommand(Guid JobId) : ICommand<EmailJobResponse>;

public sealed class RetryEmailJobCommandHandler(
    ICurrentUser currentUser, IEmailJobRepository jobs, IMessageOutbox outbox, IUnitOfWork unitOfWork, IOptions<RequeueOptions> options)
    : ICommandHandler<RetryEmailJobCommand, EmailJobResponse>
{
    public async ValueTask<EmailJobResponse> Handle(RetryEmailJobCommand command, CancellationToken cancellationToken)
    {
        var job = await jobs.FindAsync(command.JobId, cancellationToken);
        if (job is null || (!currentUser.IsAdmin && job.UserId != currentUser.RequiredUserId))
        {
            throw new NotFoundException("EmailJob", command.JobId);
        }

        if (job.Status != EmailJobStatus.Failed)
        {
            throw new ConflictException("email_not_failed", $"The e-mail is {job.Status.ToString().ToLowerInvariant()}; only a failed e-mail can be retried.");
        }

        if (job.Retries >= options.Value.MaxRetriesPerItem)
        {
            throw new ConflictException("retry_cap_reached", $"This e-mail was already retried {job.Retries} times, the most allowed.");
        }

        job.Requeue(options.Value.MaxRetriesPerItem);
        if (job.Reason == EmailReason.BulkApply)
        {
            outbox.Enqueue(new SendBulkApplication(job.Id, job.BulkApplyId!.Value, job.UserId));
        }
        else
        {
            outbox.Enqueue(new Contracts.SendExportEmail(job.Id, job.ExportId!.Value, job.UserId));
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return EmailJobResponse.From(job);
    }
}
