using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ResumeExport.Reliability;

/// <summary>
/// An SMTP tarpit on the catcher's port: it accepts every TCP connection and never sends the 220 greeting (nor anything
/// else), reading and dropping whatever the client writes. A session the client closes on its own was given up by the
/// e-mail worker's timeout (counted, with how long it waited); stopping the tarpit cuts the sessions still held.
/// </summary>
internal sealed class SmtpTarpit : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<TimeSpan> givenUpAfter = new();
    private readonly ConcurrentDictionary<Task, bool> sessions = new();
    private Task? accepting;
    private int accepted;
    private int cut;

    public SmtpTarpit(int port) => listener = new TcpListener(IPAddress.Loopback, port);

    /// <summary>Connections accepted (each one a session that never got a greeting).</summary>
    public int Accepted => Volatile.Read(ref accepted);

    /// <summary>Sessions still held when the tarpit stopped, cut by it.</summary>
    public int Cut => Volatile.Read(ref cut);

    /// <summary>How long each session the client closed itself had waited for the greeting.</summary>
    public IReadOnlyCollection<TimeSpan> GivenUpAfter => givenUpAfter;

    public void Start()
    {
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        accepting = AcceptAsync();
    }

    public async Task StopAsync()
    {
        if (stopping.IsCancellationRequested)
        {
            return;
        }

        await stopping.CancelAsync();
        listener.Stop();
        if (accepting is not null)
        {
            await accepting;
        }

        await Task.WhenAll(sessions.Keys);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref accepted);
            var session = HoldAsync(socket);
            sessions[session] = true;
        }
    }

    /// <summary>Reads (and drops) until the client closes, or the tarpit stops and cuts the connection.</summary>
    private async Task HoldAsync(Socket socket)
    {
        await Task.Yield();
        var held = Stopwatch.StartNew();
        var buffer = new byte[1024];
        try
        {
            while (await socket.ReceiveAsync(buffer, SocketFlags.None, stopping.Token) > 0)
            {
                // a client that writes before the greeting is still kept waiting
            }

            givenUpAfter.Enqueue(held.Elapsed);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref cut);
        }
        catch (SocketException)
        {
            givenUpAfter.Enqueue(held.Elapsed);   // reset by the client: it gave up too
        }
        finally
        {
            socket.Close(0);
            socket.Dispose();
        }
    }
}
