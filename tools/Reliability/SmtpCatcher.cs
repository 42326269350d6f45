using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpServerHost = SmtpServer.SmtpServer;

namespace ResumeExport.Reliability;

/// <summary>
/// The suite's SMTP server (the SmtpServer package, in this process, on its own port): counts every accepted message by
/// its Message-ID (the e-mail worker derives it from the job id), so a mail sent twice or never is seen. Stopping it
/// closes the port and drops open sessions: an SMTP outage as the workers see it.
/// </summary>
internal sealed class SmtpCatcher : IAsyncDisposable
{
    private readonly CountingStore store = new();
    private readonly int port;
    private CancellationTokenSource? running;
    private Task? serverTask;

    public SmtpCatcher(int port) => this.port = port;

    public bool IsRunning => running is not null;

    /// <summary>Messages received per Message-ID (without angle brackets).</summary>
    public IReadOnlyDictionary<string, int> CountsByMessageId => store.Counts;

    /// <summary>When each Message-ID was first received.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> FirstSeen => store.FirstSeen;

    public int Total => store.Total;

    public void Start()
    {
        if (running is not null)
        {
            return;
        }

        var options = new SmtpServerOptionsBuilder()
            .ServerName("reliability-catcher")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        running = new CancellationTokenSource();
        serverTask = new SmtpServerHost(options, services).StartAsync(running.Token);
    }

    public async Task StopAsync()
    {
        if (running is null || serverTask is null)
        {
            return;
        }

        await running.CancelAsync();
        try
        {
            await serverTask;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        running.Dispose();
        running = null;
        serverTask = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private sealed class CountingStore : MessageStore
    {
        private int total;

        public ConcurrentDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, DateTimeOffset> FirstSeen { get; } = new(StringComparer.Ordinal);

        public int Total => Volatile.Read(ref total);

        public override Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var id = MessageIdOf(buffer) ?? "(none)";
            Counts.AddOrUpdate(id, 1, (_, n) => n + 1);
            FirstSeen.TryAdd(id, DateTimeOffset.UtcNow);
            Interlocked.Increment(ref total);
            return Task.FromResult(SmtpResponse.Ok);
        }

        /// <summary>The Message-ID header of a raw RFC 5322 message (header lines may be folded).</summary>
        private static string? MessageIdOf(ReadOnlySequence<byte> buffer)
        {
            var text = Encoding.ASCII.GetString(buffer.Slice(0, Math.Min(buffer.Length, 64 * 1024)));
            var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = (headerEnd < 0 ? text : text[..headerEnd]).Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
            foreach (var line in headers.Split("\r\n"))
            {
                if (line.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase))
                {
                    return line["Message-ID:".Length..].Trim().Trim('<', '>');
                }
            }

            return null;
        }
    }
}
