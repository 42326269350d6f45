namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>The redeliveries waiting in PostgreSQL (decision 36).</summary>
public interface IRedeliveryQueue
{
    /// <summary>
    /// Moves up to <paramref name="batchSize"/> redeliveries due at <paramref name="now"/> into the outbox in one
    /// statement; rows another replica is moving are skipped, never moved twice.
    /// </summary>
    /// <returns>How many were moved.</returns>
    Task<int> DispatchDueAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken);

    /// <summary>What waits, per kind and error code, with the first failure of the oldest.</summary>
    Task<IReadOnlyList<WaitingRedeliveries>> ReadWaitingAsync(CancellationToken cancellationToken);
}
