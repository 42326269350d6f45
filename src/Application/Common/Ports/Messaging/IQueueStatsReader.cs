namespace ResumeExport.Application.Common.Ports.Messaging;

/// <summary>Depths and consumer counts of the work queues and their error (dead-letter) queues, from the broker.</summary>
public interface IQueueStatsReader
{
    /// <returns>One entry per queue of ours; empty when the broker's statistics cannot be reached (the endpoint says so).</returns>
    Task<IReadOnlyList<QueueStats>> ReadAsync(CancellationToken cancellationToken);
}
