using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>Appends audit facts; they commit with the use case's other changes.</summary>
public interface ISystemLog
{
    void Add(SystemLog entry);
}
