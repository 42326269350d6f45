namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>How far the outbox relay is behind: committed messages not yet published to the broker.</summary>
public interface IOutboxStatsReader
{
    Task<OutboxStats> ReadAsync(CancellationToken cancellationToken);
}
