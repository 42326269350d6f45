using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.UnitTests.Fakes;

internal sealed class FakeRedeliveryQueue : IRedeliveryQueue
{
    public List<WaitingRedeliveries> Waiting { get; } = [];

    /// <summary>How many rows each dispatch call reports moved, in order; then 0.</summary>
    public Queue<int> Due { get; } = new();

    public List<DateTimeOffset> DispatchedAt { get; } = [];

    public Task<int> DispatchDueAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        DispatchedAt.Add(now);
        return Task.FromResult(Due.TryDequeue(out var moved) ? Math.Min(moved, batchSize) : 0);
    }

    public Task<IReadOnlyList<WaitingRedeliveries>> ReadWaitingAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WaitingRedeliveries>>(Waiting);
}
