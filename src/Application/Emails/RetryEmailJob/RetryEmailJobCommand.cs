using Mediator;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Requeue;
using ResumeExport.Contracts;
using ResumeExport.Domain.Common;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.Emails.RetryEmailJob;

/// <summary>
/// Puts a failed e-mail back in the queue: owner or admin only, only from failed, only when a retry can help
/// (<see cref="RetryableFailures"/>), at most MaxRetriesPerItem times.
/// </summary>
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
            throw new NotFoundException("E-mail job", command.JobId);
        }

        if (job.Status != EmailJobStatus.Failed)
        {
            throw new ConflictException(ConflictCodes.EmailNotFailed, $"The e-mail is {job.Status.ToString().ToLowerInvariant()}; only a failed e-mail can be retried.");
        }

        if (!RetryableFailures.IsRetryable(job.LastErrorCode))
        {
            throw new ConflictException(
                ConflictCodes.NotRetryable,
                $"This e-mail failed with '{job.LastErrorCode}', which sending it again would hit again; a retry cannot help.");
        }

        if (job.Retries >= options.Value.MaxRetriesPerItem)
        {
            throw new ConflictException(ConflictCodes.RetryCapReached, $"This e-mail was already retried {job.Retries} times, the most allowed.");
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
