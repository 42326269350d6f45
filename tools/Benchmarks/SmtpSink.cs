using System.Buffers;
using System.Net;
using System.Net.Sockets;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpServerHost = SmtpServer.SmtpServer;

namespace ResumeExport.Benchmarks;

/// <summary>An SMTP server on a free loopback port that accepts every message, counts it and keeps nothing (the e-mail worker's peer in the benchmark).</summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    private readonly CountingStore store = new();
    private readonly CancellationTokenSource running = new();
    private readonly Task serverTask;

    public SmtpSink()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        serverTask = new SmtpServerHost(options, services).StartAsync(running.Token);
    }

    public int Port { get; }

    public int Received => store.Count;

    public async ValueTask DisposeAsync()
    {
        await running.CancelAsync();
        await serverTask.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        running.Dispose();
    }

    private sealed class CountingStore : MessageStore
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public override Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref count);
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
