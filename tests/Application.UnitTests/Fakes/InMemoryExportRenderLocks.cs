using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>
/// Render locks by export id in a set, as another delivery holding one would. <see cref="OnAcquired"/> observes each
/// successful acquisition as it happens (what else was true at that moment).
/// </summary>
internal sealed class InMemoryExportRenderLocks : IExportRenderLocks
{
    public HashSet<Guid> Held { get; } = [];

    public List<Guid> Released { get; } = [];

    public Action<Guid>? OnAcquired { get; set; }

    public Task<IAsyncDisposable?> TryAcquireAsync(Guid exportId, CancellationToken cancellationToken)
    {
        if (!Held.Add(exportId))
        {
            return Task.FromResult<IAsyncDisposable?>(null);
        }

        OnAcquired?.Invoke(exportId);
        return Task.FromResult<IAsyncDisposable?>(new Lock(this, exportId));
    }

    private sealed class Lock(InMemoryExportRenderLocks locks, Guid exportId) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            locks.Held.Remove(exportId);
            locks.Released.Add(exportId);
            return ValueTask.CompletedTask;
        }
    }
}
