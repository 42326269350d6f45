using Mediator;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Requeue;
using ResumeExport.Contracts;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Requeue;

namespace ResumeExport.Application.Emails.RetryEmailJob;

/// <summary>Requeues a failed e-mail: owner or admin, when <see cref="RequeuePolicy"/> allows.</summary>
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

        var max = options.Value.MaxRetriesPerItem;
        switch (job.CheckRequeue(max))
        {
            case RequeueDecision.NotFailed:
                throw new ConflictException(ConflictCodes.EmailNotFailed, $"The e-mail is {job.Status.ToString().ToLowerInvariant()}; only a failed e-mail can be retried.");
            case RequeueDecision.NotRetryable:
                throw new ConflictException(
                    ConflictCodes.NotRetryable,
                    $"This e-mail failed with '{job.LastErrorCode}', which sending it again would hit again; a retry cannot help.");
            case RequeueDecision.RetryCapReached:
                throw new ConflictException(ConflictCodes.RetryCapReached, $"This e-mail was already retried {job.Retries} times, the most allowed.");
        }

        job.Requeue(max);
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
