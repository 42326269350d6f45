namespace ResumeExport.Application.Common.Ports.Messaging;

/// <summary>Depths and consumers of the work and error queues, from the broker.</summary>
public interface IQueueStatsReader
{
    /// <returns>Empty when the broker's statistics cannot be reached.</returns>
    Task<IReadOnlyList<QueueStats>> ReadAsync(CancellationToken cancellationToken);
}
