using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Reads the newest entry of an action from <see cref="Entries"/>.</summary>
internal sealed class InMemorySystemLogReader : ISystemLogReader
{
    public List<SystemLog> Entries { get; } = [];

    public Task<SystemLog?> LatestAsync(string action, CancellationToken cancellationToken) =>
        Task.FromResult(Entries.Where(e => e.Action == action).OrderByDescending(e => e.CreatedAt).FirstOrDefault());
}
