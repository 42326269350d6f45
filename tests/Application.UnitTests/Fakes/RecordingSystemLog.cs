using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.UnitTests.Fakes;

internal sealed class RecordingSystemLog : ISystemLog
{
    public List<SystemLog> Entries { get; } = [];

    /// <summary>Tells whether a transaction is open when an entry is added; null reads as "no".</summary>
    public Func<bool>? TransactionProbe { get; set; }

    public List<bool> AddedInTransaction { get; } = [];

    public void Add(SystemLog entry)
    {
        Entries.Add(entry);
        AddedInTransaction.Add(TransactionProbe?.Invoke() ?? false);
    }
}
