namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>One reader's interest in one export; signals coalesce, so a reader re-reads once however many arrived.</summary>
public interface IExportStatusSubscription : IDisposable
{
    /// <summary>Completes when the export may have changed since the last wait (re-read it to see how).</summary>
    Task WaitForChangeAsync(CancellationToken cancellationToken);
}
