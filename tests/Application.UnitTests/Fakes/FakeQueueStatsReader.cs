using ResumeExport.Application.Common.Ports.Messaging;

namespace ResumeExport.Application.UnitTests.Fakes;

internal sealed class FakeQueueStatsReader : IQueueStatsReader
{
    public List<QueueStats> Queues { get; } = [];

    public Task<IReadOnlyList<QueueStats>> ReadAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<QueueStats>>(Queues);
}
