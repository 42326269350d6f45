using System.Net;
using System.Net.Sockets;

namespace ResumeExport.Integration.Tests.Messaging;

/// <summary>
/// A TCP proxy in front of the broker that a test opens and closes: while closed it resets every connection at once
/// (the broker looks unreachable, as while a node or the network is down) and cuts the ones it forwards; while open it
/// forwards bytes both ways to the real broker.
/// </summary>
public sealed class TcpGate : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly CancellationTokenSource stop = new();
    private readonly Lock gate = new();
    private readonly List<TcpClient> forwarded = [];
    private readonly Task accepting;
    private volatile bool open;

    public TcpGate(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Connections the gate reset while closed: proof that the client really tried and failed.</summary>
    public int Refused { get; private set; }

    public void Open() => open = true;

    /// <summary>Refuses new connections and cuts every forwarded one, as a broker that went away.</summary>
    public void Close()
    {
        open = false;
        lock (gate)
        {
            foreach (var client in forwarded)
            {
                Reset(client);
            }

            forwarded.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Close();
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // stopping
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token);
            if (!open)
            {
                Refused++;
                Reset(client);
                continue;
            }

            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        var upstream = new TcpClient();
        try
        {
            await upstream.ConnectAsync(targetHost, targetPort, stop.Token);
            lock (gate)
            {
                forwarded.Add(client);
                forwarded.Add(upstream);
            }

            using var pump = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
            var up = client.GetStream().CopyToAsync(upstream.GetStream(), pump.Token);
            var down = upstream.GetStream().CopyToAsync(client.GetStream(), pump.Token);
            await Task.WhenAny(up, down);
            await pump.CancelAsync();
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // a side went away: both are closed below
        }
        finally
        {
            Reset(client);
            Reset(upstream);
        }
    }

    private static void Reset(TcpClient client)
    {
        try
        {
            // Client is null once closed (a pump's own end closes it first).
            if (client.Client is { } socket)
            {
                socket.LingerState = new LingerOption(true, 0);
            }

            client.Close();
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // already closed
        }
    }
}
