using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Email;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Redelivery;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Redeliveries;

namespace ResumeExport.Application.Emails.Common;

/// <summary>
/// One e-mail job's life: skip if no longer queued (redelivery), send, record the outcome with its counter. Transient
/// failures are rethrown for the queue's retry, and on the last attempt also fail the job.
/// </summary>
public sealed partial class EmailJobRunner(
    IUnitOfWork unitOfWork, IEmailCounters counters, IEmailSender sender, TimeProvider clock, ILogger logger,
    RedeliveryPlanner redeliveries, IRedeliveryScheduler redeliveryScheduler)
{
    /// <summary>How long a sent mail's record is retried before the failure goes to the queue (which may send it again).</summary>
    private static readonly TimeSpan RecordSentFor = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan RecordSentMaxDelay = TimeSpan.FromSeconds(5);

    /// <param name="compose">Throws a <see cref="CodedFailureException"/> when the message cannot be built.</param>
    /// <param name="onFinished">Updates related rows (a bulk application) in the same transaction.</param>
    /// <param name="redeliveryMessage">The message the job came with, sent again when it waits for a redelivery.</param>
    public async Task<EmailJobOutcome> RunAsync(
        EmailJob job, bool isLastAttempt, Func<CancellationToken, Task<EmailMessage>> compose, Action<EmailJobStatus>? onFinished,
        object redeliveryMessage, CancellationToken cancellationToken)
    {
        if (!job.IsPending)
        {
            LogSkipped(logger, job.Id, job.Status);
            return EmailJobOutcome.Skipped;
        }

        job.StartAttempt();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        try
        {
            var message = await compose(cancellationToken) with { JobId = job.Id };
            using (ResumeExportTelemetry.Source.StartActivity("send email"))
            {
                // Never cancelled from outside once composed: a broker drop cancels the consume, and a send cut after the
                // server took the mail leaves the job unsent, so the redelivery mails it twice. The SMTP timeout bounds it.
                await sender.SendAsync(message, CancellationToken.None);
            }
        }
        catch (CodedFailureException failure)
        {
            return await FailAsync(job, failure, isLastAttempt, onFinished, redeliveryMessage);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            // Unclassified: transient, so the last attempt still fails the job.
            return await FailAsync(job, new ExportPipelineException(EmailErrorCodes.SmtpTransient, unexpected.Message, transient: true, unexpected), isLastAttempt, onFinished, redeliveryMessage);
        }

        // The mail is out: record it even if the host is stopping, or a redelivery would send it twice.
        await RecordSentAsync(job, onFinished);
        LogSent(logger, job.Id, job.Reason, job.Attempts);
        return EmailJobOutcome.Sent;
    }

    /// <summary>
    /// Records the sent mail, retrying only the record when it fails (PostgreSQL restarting between the server taking the
    /// mail and the commit): failing the consume would send the mail again with the queue's retry. Bounded by
    /// <see cref="RecordSentFor"/>, after which the failure goes to the queue as before.
    /// </summary>
    private async Task RecordSentAsync(EmailJob job, Action<EmailJobStatus>? onFinished)
    {
        var started = clock.GetTimestamp();
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                await FinishAsync(job, EmailJobStatus.Sent, onFinished, () => job.MarkSent(clock.GetUtcNow()));
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException && clock.GetElapsedTime(started) < RecordSentFor)
            {
                LogRecordSentRetry(logger, job.Id, exception.GetType().Name, delay.TotalMilliseconds);
                await Task.Delay(delay, clock);
                delay = delay < RecordSentMaxDelay ? delay * 2 : RecordSentMaxDelay;
            }
        }
    }

    private async Task<EmailJobOutcome> FailAsync(
        EmailJob job, CodedFailureException failure, bool isLastAttempt, Action<EmailJobStatus>? onFinished, object redeliveryMessage)
    {
        var redelivery = failure.Transient && isLastAttempt ? redeliveries.Decide(job.WaitingSince, job.Redeliveries) : null;
        var final = !failure.Transient || redelivery is { GiveUp: true };
        var exceptionType = (failure.InnerException ?? failure).GetType().Name;
        var traceId = Activity.Current?.TraceId.ToString();
        if (redelivery is { GiveUp: false })
        {
            // The waiting state and the redelivery commit together; the message is then acknowledged (decision 36).
            LogWaiting(logger, job.Id, job.Reason, job.Attempts, failure.Code, redelivery.DueAt, failure.Message);
            job.WaitForRedelivery(failure.Code, failure.Message, redelivery.WaitingSince, redelivery.DueAt);
            var kind = job.Reason == EmailReason.BulkApply ? RedeliveryKind.BulkApplication : RedeliveryKind.ExportEmail;
            redeliveryScheduler.Schedule(redeliveryMessage, kind, job.Id, job.Redeliveries, redelivery, failure.Code, failure.Message);
            await unitOfWork.SaveChangesAsync(CancellationToken.None);
            return EmailJobOutcome.Waiting;
        }

        if (redelivery is not null && job.WaitingSince is not null)
        {
            // Re-driven for the whole window: failed with a code that says so, naming the last underlying error.
            LogFailed(logger, job.Id, job.Reason, job.Attempts, RedeliveryPolicy.GaveUpErrorCode, exceptionType, traceId, failure.Message);
            var message = RedeliveryPolicy.GaveUpMessage(redeliveries.Schedule, job.Redeliveries, failure.Code, failure.Message);
            await FinishAsync(job, EmailJobStatus.Failed, onFinished, () => job.Fail(RedeliveryPolicy.GaveUpErrorCode, message));
            return EmailJobOutcome.Failed;
        }

        if (!final)
        {
            LogAttemptFailed(logger, job.Id, job.Reason, job.Attempts, failure.Code, exceptionType, traceId, failure.Message);
            job.RecordAttemptError(failure.Code, failure.Message);
            await unitOfWork.SaveChangesAsync(CancellationToken.None);
            throw failure; // the queue retries with backoff
        }

        LogFailed(logger, job.Id, job.Reason, job.Attempts, failure.Code, exceptionType, traceId, failure.Message);
        await FinishAsync(job, EmailJobStatus.Failed, onFinished, () => job.Fail(failure.Code, failure.Message));
        if (failure.Transient)
        {
            throw failure; // out of retries without redelivery: the message goes to the error queue with this reason
        }

        return EmailJobOutcome.Failed;
    }

    private Task FinishAsync(EmailJob job, EmailJobStatus outcome, Action<EmailJobStatus>? onFinished, Action apply) =>
        unitOfWork.InTransactionAsync(async ct =>
        {
            apply();
            onFinished?.Invoke(outcome);
            await counters.IncrementAsync(job.Reason, outcome, ct);
            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }, CancellationToken.None);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning,
        Message = "E-mail job {EmailJobId} was sent but could not be recorded ({ExceptionType}); recording it again in {DelayMs} ms, without sending")]
    private static partial void LogRecordSentRetry(ILogger logger, Guid emailJobId, string exceptionType, double delayMs);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "E-mail job {EmailJobId} ({Reason}) sent on attempt {Attempt}")]
    private static partial void LogSent(ILogger logger, Guid emailJobId, EmailReason reason, int attempt);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "E-mail job {EmailJobId} is {Status}; nothing to do")]
    private static partial void LogSkipped(ILogger logger, Guid emailJobId, EmailJobStatus status);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning,
        Message = "E-mail job {EmailJobId} ({Reason}) attempt {Attempt} failed with {ErrorCode} ({ExceptionType}, trace {TraceId}); it will be retried: {ErrorMessage}")]
    private static partial void LogAttemptFailed(
        ILogger logger, Guid emailJobId, EmailReason reason, int attempt, string errorCode, string exceptionType, string? traceId, string errorMessage);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning,
        Message = "E-mail job {EmailJobId} ({Reason}) out of quick retries on attempt {Attempt} with {ErrorCode}; it waits for a redelivery at {RetryAt}: {ErrorMessage}")]
    private static partial void LogWaiting(
        ILogger logger, Guid emailJobId, EmailReason reason, int attempt, string errorCode, DateTimeOffset retryAt, string errorMessage);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Error,
        Message = "E-mail job {EmailJobId} ({Reason}) failed for good on attempt {Attempt} with {ErrorCode} ({ExceptionType}, trace {TraceId}): {ErrorMessage}")]
    private static partial void LogFailed(
        ILogger logger, Guid emailJobId, EmailReason reason, int attempt, string errorCode, string exceptionType, string? traceId, string errorMessage);
}
