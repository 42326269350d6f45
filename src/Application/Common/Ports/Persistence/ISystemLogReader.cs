using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface ISystemLogReader
{
    /// <summary>The newest entry with this action, or null.</summary>
    Task<SystemLog?> LatestAsync(string action, CancellationToken cancellationToken);
}
