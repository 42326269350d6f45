using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>What the failure-alert check (docs/api.md#failure-alerts) reads, and the lock that keeps it to one alert per cooldown across replicas.</summary>
public interface IExportFailureStats
{
    /// <summary>Exports that finished (completed or failed, by their completion time) in [<paramref name="from"/>, <paramref name="to"/>], and how many of them failed.</summary>
    Task<ExportFinishCounts> CountFinishedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Waits for the alert lock, held until the caller's transaction ends (a PostgreSQL transaction-level advisory lock):
    /// it must run inside <see cref="IUnitOfWork.InTransactionAsync"/>. One check at a time, whichever replica runs it.
    /// </summary>
    Task LockAlertsAsync(CancellationToken cancellationToken);

    /// <summary>The newest <see cref="SystemLogActions.ExportFailureAlert"/> entry created at or before <paramref name="notAfter"/>, if any.</summary>
    Task<SystemLog?> FindLastAlertAsync(DateTimeOffset notAfter, CancellationToken cancellationToken);
}
