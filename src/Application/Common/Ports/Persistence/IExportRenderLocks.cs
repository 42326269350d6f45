namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>
/// One delivery at a time per export (decision 43): a copy of a render message (the relay re-publishes when a
/// confirm is lost) that arrives while the first copy is still rendering must not render and store the export a second
/// time. The lock lives as long as the process's hold on it, so a worker that dies releases it and its redelivery runs.
/// </summary>
public interface IExportRenderLocks
{
    /// <returns>The held lock (dispose to release it), or null when another delivery of this export holds it.</returns>
    Task<IAsyncDisposable?> TryAcquireAsync(Guid exportId, CancellationToken cancellationToken);
}
