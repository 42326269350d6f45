using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>
/// Durable sent/failed counts per reason, bumped in the job's transaction so replicas and restarts never lose one.
/// </summary>
public interface IEmailCounters
{
    /// <summary>Call inside <see cref="IUnitOfWork.InTransactionAsync{T}"/> with the job's change.</summary>
    Task IncrementAsync(EmailReason reason, EmailJobStatus outcome, CancellationToken cancellationToken);

    /// <summary>Every counter that was ever bumped, keyed by (reason, outcome).</summary>
    Task<IReadOnlyDictionary<(EmailReason Reason, EmailJobStatus Outcome), long>> ReadAsync(CancellationToken cancellationToken);
}
