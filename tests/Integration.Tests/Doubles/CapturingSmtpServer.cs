using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpServerHost = SmtpServer.SmtpServer;

namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>
/// A real SMTP server in the test process (the SmtpServer package) that keeps every message it accepts, parsed with
/// MimeKit. It can be stopped and started again on the same port to play an outage.
/// </summary>
public sealed class CapturingSmtpServer : IAsyncDisposable
{
    private readonly CapturingStore store = new();
    private CancellationTokenSource? running;
    private Task? serverTask;

    public CapturingSmtpServer()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Messages => [.. store.Messages];

    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        Messages.Where(m => m.To.Mailboxes.Any(r => string.Equals(r.Address, address, StringComparison.OrdinalIgnoreCase))).ToArray();

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        running = new CancellationTokenSource();
        serverTask = new SmtpServerHost(options, services).StartAsync(running.Token);
    }

    /// <summary>Stops listening and drops every open session (clients see their connection closed).</summary>
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

    private sealed class CapturingStore : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream();
            foreach (var segment in buffer)
            {
                await stream.WriteAsync(segment, cancellationToken);
            }

            stream.Position = 0;
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
