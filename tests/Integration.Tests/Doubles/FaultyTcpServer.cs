using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>
/// A loopback server that misbehaves on purpose: silent (accepts every connection and never writes a byte: an S3 stall or
/// an SMTP tarpit) or answering every HTTP request with one fixed raw response (a 5xx), then closing the connection.
/// Counts connections, requests, and connections the client closed while it still waited.
/// </summary>
public sealed class FaultyTcpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentBag<Task> sessions = [];
    private readonly string? response;
    private readonly Task accepting;
    private int connections;
    private int requests;
    private int closedByClient;

    private FaultyTcpServer(string? response)
    {
        this.response = response;
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref connections);

    /// <summary>HTTP requests answered (answering mode only).</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>Silent connections the client closed by itself: it gave up waiting.</summary>
    public int ClosedByClient => Volatile.Read(ref closedByClient);

    public static FaultyTcpServer Silent() => new(null);

    /// <summary>Answers every request with <paramref name="status"/>, an S3 error document and <paramref name="headers"/>.</summary>
    public static FaultyTcpServer AnsweringS3Error(int status, string reason, string code, string headers = "")
    {
        var body = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>fault double</Message></Error>";
        return new FaultyTcpServer(
            $"HTTP/1.1 {status} {reason}\r\nContent-Type: application/xml\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n{headers}Connection: close\r\n\r\n{body}");
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        await Task.WhenAll(sessions);
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref connections);
            sessions.Add(response is null ? HoldAsync(socket) : AnswerAsync(socket, response));
        }
    }

    private async Task HoldAsync(Socket socket)
    {
        using (socket)
        {
            var buffer = new byte[4096];
            try
            {
                while (await socket.ReceiveAsync(buffer, SocketFlags.None, stopping.Token) > 0)
                {
                    // read and drop: never answer
                }

                Interlocked.Increment(ref closedByClient);
            }
            catch (SocketException)
            {
                Interlocked.Increment(ref closedByClient);
            }
            catch (OperationCanceledException)
            {
                // the server stops
            }
        }
    }

    private async Task AnswerAsync(Socket socket, string raw)
    {
        using (socket)
        {
            try
            {
                // Read the request head (bodies are small and sent after it, or never with Expect: 100-continue).
                var buffer = new byte[65536];
                var head = new StringBuilder();
                while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await socket.ReceiveAsync(buffer, SocketFlags.None, stopping.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    head.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                Interlocked.Increment(ref requests);
                await socket.SendAsync(Encoding.UTF8.GetBytes(raw), SocketFlags.None, stopping.Token);
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException)
            {
                // the client went away, or the server stops
            }
        }
    }
}
