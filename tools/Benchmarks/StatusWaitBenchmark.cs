using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ResumeExport.Benchmarks;

/// <summary>
/// Phase 5s of <c>exports</c> (decision 30): how a client learns that its export finished, POST → completion seen by the
/// client, over the Server-Sent Events stream against polling <c>GET /api/resumes/exports/{id}</c> once per second,
/// with the API's CPU per export for each, in the same run. C clients at once, each POSTs and waits, N exports per way.
/// Every export is of a resume of its own, so each is a real render in Chromium, as a user's first export of an edit is
/// (an unchanged version would take the stored file, decision 35).
/// </summary>
internal static class StatusWaitBenchmark
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static async Task<string> RunAsync(BenchStack stack, BenchUser user, int count, int clients, CancellationToken cancellationToken)
    {
        await stack.AddUnexportedResumesAsync(user, 2 * (Math.Max(4, clients) + count), cancellationToken);

        // Both paths warm (JIT, the listener connection) before either is measured.
        await WaitAllAsync(stack, user, Math.Max(4, clients), clients, WaitOverEventsAsync, cancellationToken);
        await WaitAllAsync(stack, user, Math.Max(4, clients), clients, WaitByPollingAsync, cancellationToken);

        var (sse, sseCpu) = await WaitAllAsync(stack, user, count, clients, WaitOverEventsAsync, cancellationToken);
        var (poll, pollCpu) = await WaitAllAsync(stack, user, count, clients, WaitByPollingAsync, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture,
            $"""
            status wait over SSE:     POST -> completed seen by the client {sse}; API CPU {sseCpu:0.00} ms per export
            status wait polling 1/s:  POST -> completed seen by the client {poll}; API CPU {pollCpu:0.00} ms per export
            status wait ratio polling/SSE: median latency {poll.Median / sse.Median:0.0}x, p95 {poll.P95 / sse.P95:0.0}x, API CPU per export {pollCpu / Math.Max(sseCpu, 0.001):0.00}x ({count} exports each way, {clients} clients at once, each a fresh render)
            """);
    }

    private static async Task<(LatencyStats Latency, double ApiCpuMsPerExport)> WaitAllAsync(
        BenchStack stack, BenchUser user, int count, int clients, Func<BenchStack, BenchUser, string, CancellationToken, Task> wait, CancellationToken cancellationToken)
    {
        var apiCpu = stack.Api.CpuTime;
        var latencies = new List<double>(count);
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= count)
            {
                var clock = Stopwatch.StartNew();
                var id = await stack.RequestExportAsync(user, cancellationToken);
                await wait(stack, user, id, cancellationToken);
                lock (latencies)
                {
                    latencies.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }));
        return (LatencyStats.From(latencies), (stack.Api.CpuTime - apiCpu).TotalMilliseconds / count);
    }

    /// <summary>Reads the stream until a completed event (the server then closes it).</summary>
    internal static async Task WaitOverEventsAsync(BenchStack stack, BenchUser user, string exportId, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        using var request = user.Request(HttpMethod.Get, $"/api/resumes/exports/{exportId}/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await stack.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"events of export {exportId}: {(int)response.StatusCode}");
        }

        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(deadline.Token));
        while (await reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal) && Finished(JsonNode.Parse(line[5..])!, exportId))
            {
                return;
            }
        }

        throw new InvalidOperationException($"the events of export {exportId} ended before it completed");
    }

    private static async Task WaitByPollingAsync(BenchStack stack, BenchUser user, string exportId, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Timeout)
        {
            using var request = user.Request(HttpMethod.Get, $"/api/resumes/exports/{exportId}");
            if (Finished(await BenchStack.ReadAsync(await stack.Http.SendAsync(request, cancellationToken), HttpStatusCode.OK, cancellationToken), exportId))
            {
                return;
            }

            await Task.Delay(PollEvery, cancellationToken);
        }

        throw new TimeoutException($"export {exportId} did not complete within {Timeout.TotalSeconds:0} s");
    }

    private static bool Finished(JsonNode export, string exportId) => export["status"]!.GetValue<string>() switch
    {
        "completed" => true,
        "failed" or "expired" => throw new InvalidOperationException($"export {exportId} {export["status"]}: {export["errorCode"]}"),
        _ => false,
    };
}
