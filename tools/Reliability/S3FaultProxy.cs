using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ResumeExport.Reliability;

/// <summary>
/// An HTTP fault proxy in front of the suite's s3rver (Kestrel, in the driver, on a free loopback port). Per request it
/// passes the request on (the Host header kept, so the SigV4 signature still matches), answers an S3 error (500
/// InternalError, 503 SlowDown with or without <c>Retry-After</c>), or stalls: accepts the request and never answers,
/// until the client gives up (counted, with how long it waited) or the stall ends (then the connection is cut).
/// </summary>
internal sealed class S3FaultProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Expect", "Host", "Content-Length", "Proxy-Connection", "Upgrade", "TE", "Trailer",
    };

    private readonly WebApplication app;
    private readonly HttpClient upstream;
    private readonly ConcurrentQueue<TimeSpan> abandonedAfter = new();
    private CancellationTokenSource stallEnds = new();
    private volatile S3FaultMode mode = S3FaultMode.Pass;
    private int passed;
    private int answered500;
    private int answered503;
    private int answered503RetryAfter;
    private int stalled;
    private int cutAtStallEnd;

    private S3FaultProxy(WebApplication app, Uri target, int port)
    {
        this.app = app;
        Port = port;
        upstream = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = target,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}");

    public S3FaultMode Mode => mode;

    public int Passed => Volatile.Read(ref passed);

    public int Answered500 => Volatile.Read(ref answered500);

    public int Answered503 => Volatile.Read(ref answered503);

    public int Answered503RetryAfter => Volatile.Read(ref answered503RetryAfter);

    public int Stalled => Volatile.Read(ref stalled);

    /// <summary>Stalled requests still open when the stall ended, whose connection the proxy then cut.</summary>
    public int CutAtStallEnd => Volatile.Read(ref cutAtStallEnd);

    /// <summary>How long each stalled request waited before its client gave up on it (the S3 adapter's timeout at work).</summary>
    public IReadOnlyCollection<TimeSpan> AbandonedAfter => abandonedAfter;

    public static async Task<S3FaultProxy> StartAsync(Uri target, CancellationToken cancellationToken)
    {
        var port = S3Server.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var proxy = new S3FaultProxy(app, target, port);
        app.Run(proxy.HandleAsync);
        await app.StartAsync(cancellationToken);
        return proxy;
    }

    /// <summary>Switches the mode for requests from now on; leaving <see cref="S3FaultMode.Stall"/> cuts the stalled ones.</summary>
    public void Set(S3FaultMode next)
    {
        var previous = mode;
        mode = next;
        if (previous == S3FaultMode.Stall && next != S3FaultMode.Stall)
        {
            var ended = stallEnds;
            stallEnds = new CancellationTokenSource();
            ended.Cancel();
            ended.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Set(S3FaultMode.Pass);
        await app.StopAsync();
        await app.DisposeAsync();
        upstream.Dispose();
        stallEnds.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var current = mode;
        switch (current)
        {
            case S3FaultMode.Pass:
                await ForwardAsync(context);
                Interlocked.Increment(ref passed);
                break;
            case S3FaultMode.Error500:
                await ErrorAsync(context, 500, "InternalError", "We encountered an internal error. Please try again.", retryAfter: false);
                Interlocked.Increment(ref answered500);
                break;
            case S3FaultMode.Error503:
            case S3FaultMode.Error503RetryAfter:
                var retryAfter = current == S3FaultMode.Error503RetryAfter;
                await ErrorAsync(context, 503, "SlowDown", "Please reduce your request rate.", retryAfter);
                Interlocked.Increment(ref retryAfter ? ref answered503RetryAfter : ref answered503);
                break;
            case S3FaultMode.Stall:
                await StallAsync(context);
                break;
        }
    }

    private async Task StallAsync(HttpContext context)
    {
        Interlocked.Increment(ref stalled);
        var waited = Stopwatch.StartNew();
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stallEnds.Token);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
            // the client gave up, or the stall ended
        }

        if (context.RequestAborted.IsCancellationRequested)
        {
            abandonedAfter.Enqueue(waited.Elapsed);
            return;
        }

        // The stall ended with the request still open: cut it, as a server that hung and was restarted would.
        Interlocked.Increment(ref cutAtStallEnd);
        context.Abort();
    }

    private static async Task ErrorAsync(HttpContext context, int status, string code, string message, bool retryAfter)
    {
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/xml";
        context.Response.Headers["x-amz-request-id"] = Guid.NewGuid().ToString("N")[..16];
        if (retryAfter)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.WriteAsync(
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{message}</Message><Resource>{context.Request.Path}</Resource></Error>",
                context.RequestAborted);
        }
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var incoming = context.Request;
        using var request = new HttpRequestMessage(new HttpMethod(incoming.Method), incoming.Path.Value + incoming.QueryString.Value);
        using var body = new MemoryStream();
        await incoming.Body.CopyToAsync(body, context.RequestAborted);
        if (body.Length > 0 || HttpMethods.IsPut(incoming.Method) || HttpMethods.IsPost(incoming.Method))
        {
            request.Content = new ByteArrayContent(body.ToArray());
        }

        request.Headers.Host = incoming.Host.Value;
        foreach (var (name, values) in incoming.Headers)
        {
            if (HopByHop.Contains(name))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var response = await upstream.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHop.Contains(name) || string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        if (!HttpMethods.IsHead(incoming.Method))
        {
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
    }
}
