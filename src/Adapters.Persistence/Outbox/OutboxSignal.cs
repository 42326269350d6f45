namespace ResumeExport.Adapters.Persistence.Outbox;

/// <summary>
/// Wakes the relay as soon as this process commits outbox rows, so a message waits milliseconds rather than a poll interval.
/// Rows written by other replicas are still picked up by polling.
/// </summary>
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
