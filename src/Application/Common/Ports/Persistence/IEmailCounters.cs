using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>
/// Durable counters of e-mails sent and failed per reason (<c>emailByReason.{reason}.{sent|failed}</c>), kept in the
/// database and bumped in the same transaction as the job's status change, so replicas and restarts never lose a count.
/// </summary>
public interface IEmailCounters
{
    /// <summary>Adds one to the counter; call inside <see cref="IUnitOfWork.InTransactionAsync{T}"/> with the job's change.</summary>
    Task IncrementAsync(EmailReason reason, EmailJobStatus outcome, CancellationToken cancellationToken);

    /// <summary>Every counter that was ever bumped, keyed by (reason, outcome).</summary>
    Task<IReadOnlyDictionary<(EmailReason Reason, EmailJobStatus Outcome), long>> ReadAsync(CancellationToken cancellationToken);
}
