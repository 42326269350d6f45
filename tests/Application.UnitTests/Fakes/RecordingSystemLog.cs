using ResumeExport.Application.Common.Ports;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.UnitTests.Fakes;

internal sealed class RecordingSystemLog : ISystemLog
{
    public List<SystemLog> Entries { get; } = [];

    public void Add(SystemLog entry) => Entries.Add(entry);
}
