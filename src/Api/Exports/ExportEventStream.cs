using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Exports.Common;

namespace ResumeExport.Api.Exports;

/// <summary>
/// Writes an export's status events as <c>text/event-stream</c>: <c>event: status</c> with the export as JSON (the shape
/// of <c>GET /api/resumes/exports/{exportId}</c>) and an <c>id:</c> per event, a comment line as heartbeat while waiting.
/// The first event was read before this result was returned, so a 404 is a problem, not a broken stream.
/// </summary>
internal sealed class ExportEventStream(
    ExportResponse first, IAsyncEnumerator<ExportResponse> rest, CancellationTokenSource lifetime, TimeSpan heartbeat, TimeProvider clock) : IResult
{
    public const string ContentType = "text/event-stream";

    private static readonly byte[] Heartbeat = ": heartbeat\n\n"u8.ToArray();

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var json = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var sequence = 0;
        Task<bool>? next = null;
        try
        {
            await WriteEventAsync(response, first, ++sequence, json, lifetime.Token);
            next = rest.MoveNextAsync().AsTask();
            while (true)
            {
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token);
                var ticked = Task.Delay(heartbeat, clock, beat.Token);
                if (await Task.WhenAny(next, ticked) != next)
                {
                    await response.Body.WriteAsync(Heartbeat, lifetime.Token);
                    await response.Body.FlushAsync(lifetime.Token);
                    continue;
                }

                await beat.CancelAsync();
                if (!await next)
                {
                    break;
                }

                await WriteEventAsync(response, rest.Current, ++sequence, json, lifetime.Token);
                next = rest.MoveNextAsync().AsTask();
            }
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            // The client left, or the stream reached its lifetime: the client reconnects and gets the status first.
        }
        catch (IOException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client left mid-write.
        }
        finally
        {
            // A wait still running must end before the reader (and its subscription) can be disposed.
            await lifetime.CancelAsync();
            if (next is not null)
            {
                await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            await rest.DisposeAsync();
            lifetime.Dispose();
        }
    }

    private static async Task WriteEventAsync(HttpResponse response, ExportResponse export, int sequence, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        var data = JsonSerializer.Serialize(export, json);
        await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"id: {sequence}\nevent: status\ndata: {data}\n\n"), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
