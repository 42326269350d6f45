using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.UnitTests.Fakes;

internal sealed class FakeOutboxStatsReader : IOutboxStatsReader
{
    public OutboxStats Stats { get; set; } = new(0, null);

    public Task<OutboxStats> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(Stats);
}
