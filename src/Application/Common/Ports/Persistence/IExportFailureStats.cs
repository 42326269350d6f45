using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>Failure-alert figures and lock (docs/api.md#failure-alerts).</summary>
public interface IExportFailureStats
{
    /// <summary>Exports finished in [<paramref name="from"/>, <paramref name="to"/>] and how many failed.</summary>
    Task<ExportFinishCounts> CountFinishedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// A transaction-level advisory lock, so one check runs at a time across replicas; run inside
    /// <see cref="IUnitOfWork.InTransactionAsync"/>.
    /// </summary>
    Task LockAlertsAsync(CancellationToken cancellationToken);

    /// <summary>The newest <see cref="SystemLogActions.ExportFailureAlert"/> up to <paramref name="notAfter"/>.</summary>
    Task<SystemLog?> FindLastAlertAsync(DateTimeOffset notAfter, CancellationToken cancellationToken);
}
