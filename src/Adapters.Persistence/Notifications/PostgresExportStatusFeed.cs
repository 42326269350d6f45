using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Adapters.Persistence.Notifications;

/// <summary>
/// One LISTEN connection per process, fanned out to in-process subscribers by export id (decision 30). It connects on
/// the first subscription (processes that never watch an export, the workers, never hold it) and stays connected;
/// after every (re)connect it signals every live subscriber once, so a change made while it was away is re-read.
/// </summary>
internal sealed partial class PostgresExportStatusFeed(PostgresConnectionString connectionString, TimeProvider clock, ILogger<PostgresExportStatusFeed> logger)
    : BackgroundService, IExportStatusFeed
{
    private static readonly TimeSpan FirstReconnectDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private readonly Dictionary<Guid, List<Subscription>> subscribers = [];
    private readonly TaskCompletionSource firstSubscription = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private volatile bool isListening;
    private int connectionsOpened;

    /// <summary>Whether the LISTEN is in place now (tests wait on it).</summary>
    public bool IsListening => isListening;

    /// <summary>How many listener connections this process has opened so far: one, plus one per reconnect (tests read it).</summary>
    public int ConnectionsOpened => Volatile.Read(ref connectionsOpened);

    /// <summary>Live subscriptions, all exports together: zero again once every stream has ended or its client left (tests read it).</summary>
    public int SubscriptionCount
    {
        get
        {
            lock (gate)
            {
                return subscribers.Values.Sum(list => list.Count);
            }
        }
    }

    public IExportStatusSubscription Subscribe(Guid exportId)
    {
        var subscription = new Subscription(this, exportId);
        lock (gate)
        {
            if (!subscribers.TryGetValue(exportId, out var list))
            {
                subscribers[exportId] = list = [];
            }

            list.Add(subscription);
        }

        firstSubscription.TrySetResult();
        return subscription;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await firstSubscription.Task.WaitAsync(stoppingToken);
        var delay = FirstReconnectDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken, () => delay = FirstReconnectDelay);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Any failure, not just the network ones: an exception leaving ExecuteAsync would stop the whole host,
                // and a listener that gave up would leave every stream waiting on heartbeats alone.
                isListening = false;
                LogListenerLost(exception.GetType().Name, exception.Message, delay.TotalMilliseconds);
                await Task.Delay(delay, clock, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxReconnectDelay.Ticks));
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken, Action connected)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString.Value)
        {
            // Its own connection outside the pool, counted apart in the budget (decision 15); keepalives notice a server
            // that went away while we only wait.
            Pooling = false,
            KeepAlive = 10,
        };
        builder.ApplicationName = $"{builder.ApplicationName ?? "resume-export"}-listener";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Notification += (_, e) =>
        {
            if (Guid.TryParse(e.Payload, out var exportId))
            {
                Signal(exportId);
            }
        };
        await connection.OpenAsync(stoppingToken);
        Interlocked.Increment(ref connectionsOpened);
        await using (var listen = new NpgsqlCommand($"LISTEN {ExportStatusChannel.Name}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        isListening = true;
        connected();
        LogListening();

        // Anything committed before the LISTEN was in place is unseen: every watcher re-reads once.
        SignalAll();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    private void Signal(Guid exportId)
    {
        lock (gate)
        {
            if (subscribers.TryGetValue(exportId, out var list))
            {
                list.ForEach(s => s.Signal());
            }
        }
    }

    private void SignalAll()
    {
        lock (gate)
        {
            foreach (var subscription in subscribers.Values.SelectMany(list => list))
            {
                subscription.Signal();
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (gate)
        {
            if (subscribers.TryGetValue(subscription.ExportId, out var list) && list.Remove(subscription) && list.Count == 0)
            {
                subscribers.Remove(subscription.ExportId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for export status changes")]
    private partial void LogListening();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Export status listener lost its connection ({ExceptionType}: {Reason}); reconnecting in {DelayMs} ms")]
    private partial void LogListenerLost(string exceptionType, string reason, double delayMs);

    private sealed class Subscription(PostgresExportStatusFeed feed, Guid exportId) : IExportStatusSubscription
    {
        private readonly SemaphoreSlim signal = new(0, 1);
        private int disposed;

        public Guid ExportId { get; } = exportId;

        public void Signal()
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled: the reader re-reads once for all of them.
            }
            catch (ObjectDisposedException)
            {
                // The reader left between the lookup and the release.
            }
        }

        public Task WaitForChangeAsync(CancellationToken cancellationToken) => signal.WaitAsync(cancellationToken);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                feed.Remove(this);
                signal.Dispose();
            }
        }
    }
}
