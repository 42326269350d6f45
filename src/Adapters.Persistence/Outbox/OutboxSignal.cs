namespace ResumeExport.Adapters.Persistence.Outbox;

/// <summary>Wakes the relay on this process's commits, so a message waits milliseconds, not a poll interval.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; the relay will see every committed row on its next pass.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => signal.Dispose();
}
