using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Answers <see cref="Counts"/> for any window and <see cref="LastAlert"/> as the latest alert.</summary>
internal sealed class FakeExportFailureStats : IExportFailureStats
{
    public ExportFinishCounts Counts { get; set; } = new(0, 0);

    public SystemLog? LastAlert { get; set; }

    public int Locks { get; private set; }

    public Task<ExportFinishCounts> CountFinishedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult(Counts);

    public Task LockAlertsAsync(CancellationToken cancellationToken)
    {
        Locks++;
        return Task.CompletedTask;
    }

    public Task<SystemLog?> FindLastAlertAsync(DateTimeOffset notAfter, CancellationToken cancellationToken) =>
        Task.FromResult(LastAlert is { } alert && alert.CreatedAt <= notAfter ? alert : null);
}
