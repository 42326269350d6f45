using System.Collections.Concurrent;

namespace ResumeExport.Reliability;

/// <summary>
/// Probes /health/ready of every replica once a second while a fault lasts. For a dependency outside readiness (S3,
/// the storage volume, SMTP) the truth is "ready": the process is up and its work waits in the queue, so taking every
/// replica out of rotation would help nobody; an answer other than 200 (or none within 5 s: a hung process) is a lie.
/// </summary>
internal sealed class ReadinessWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentBag<string> notReady = [];
    private readonly Task watching;
    private int probes;

    private ReadinessWatch(Stack stack, CancellationToken cancellationToken)
    {
        var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stop.Token);
        watching = WatchAsync(stack, linked);
    }

    public int Probes => Volatile.Read(ref probes);

    /// <summary>Each probe that did not answer 200: "replica status at time".</summary>
    public IReadOnlyCollection<string> NotReady => notReady;

    public static ReadinessWatch Start(Stack stack, CancellationToken cancellationToken) => new(stack, cancellationToken);

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await watching;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stop.Dispose();
    }

    /// <summary>The check's failure, or null when every probe answered 200.</summary>
    public string? Failure(string during) => notReady.IsEmpty
        ? Probes == 0 ? $"readiness was never probed {during}" : null
        : $"readiness did not say ready {during} ({notReady.Count} of {Probes} probes): {string.Join(", ", notReady.Take(5))}";

    public string Summary => $"readiness 200 on {Probes - notReady.Count}/{Probes} probes of all replicas";

    private async Task WatchAsync(Stack stack, CancellationTokenSource linked)
    {
        using (linked)
        {
            try
            {
                while (!linked.IsCancellationRequested)
                {
                    var replicas = stack.Replicas.Where(r => r.IsRunning).ToArray();
                    var statuses = await Task.WhenAll(replicas.Select(r => stack.ReadyStatusAsync(r, linked.Token)));
                    for (var i = 0; i < replicas.Length; i++)
                    {
                        Interlocked.Increment(ref probes);
                        if (statuses[i] != 200)
                        {
                            notReady.Add($"{replicas[i].Name} {statuses[i]} at {DateTimeOffset.UtcNow:HH:mm:ss}");
                        }
                    }

                    await Task.Delay(1000, linked.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // stopped
            }
        }
    }
}
