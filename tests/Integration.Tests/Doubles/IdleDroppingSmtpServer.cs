using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>
/// A small real SMTP server on loopback that behaves like Postfix or Exchange with an idle timeout: a session that
/// sends no command for <c>idleTimeout</c> gets <c>421 4.4.2 … idle timeout</c> and is closed. It speaks just enough
/// SMTP for MailKit (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and keeps each accepted message's raw text.
/// </summary>
public sealed class IdleDroppingSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly TimeSpan idleTimeout;
    private readonly ConcurrentQueue<string> messages = new();
    private readonly Task accepting;
    private int connections;
    private int idleDisconnects;

    public IdleDroppingSmtpServer(TimeSpan idleTimeout)
    {
        this.idleTimeout = idleTimeout;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>Sessions opened so far.</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <summary>Sessions this server closed with a 421 because they were idle.</summary>
    public int IdleDisconnects => Volatile.Read(ref idleDisconnects);

    public IReadOnlyList<string> Messages => [.. messages];

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // stopped
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            Interlocked.Increment(ref connections);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost ESMTP test server (drops idle sessions)");
            while (true)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
                idle.CancelAfter(idleTimeout);
                string? line;
                try
                {
                    line = await reader.ReadLineAsync(idle.Token);
                }
                catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
                {
                    await writer.WriteLineAsync("421 4.4.2 localhost Error: timeout exceeded, closing connection");
                    Interlocked.Increment(ref idleDisconnects);
                    return;
                }

                if (line is null || !await AnswerAsync(line, reader, writer))
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // the client went away, or the server is stopping
        }
    }

    /// <returns>false when the session ends.</returns>
    private async Task<bool> AnswerAsync(string line, StreamReader reader, StreamWriter writer)
    {
        switch (line.Split(' ', 2)[0].ToUpperInvariant())
        {
            case "EHLO":
                await writer.WriteAsync("250-localhost\r\n250 8BITMIME\r\n");
                return true;
            case "HELO":
                await writer.WriteLineAsync("250 localhost");
                return true;
            case "MAIL" or "RCPT" or "RSET" or "NOOP":
                await writer.WriteLineAsync("250 2.0.0 OK");
                return true;
            case "DATA":
                await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                var message = new StringBuilder();
                while (await reader.ReadLineAsync() is { } data && data != ".")
                {
                    message.AppendLine(data.StartsWith("..", StringComparison.Ordinal) ? data[1..] : data);
                }

                messages.Enqueue(message.ToString());
                await writer.WriteLineAsync("250 2.0.0 OK queued");
                return true;
            case "QUIT":
                await writer.WriteLineAsync("221 2.0.0 Bye");
                return false;
            default:
                await writer.WriteLineAsync("502 5.5.2 Command not recognized");
                return true;
        }
    }
}
