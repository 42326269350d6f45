using System.Diagnostics;
using System.Net;

namespace ResumeExport.Benchmarks;

/// <summary>
/// A closed-loop HTTP load on loopback: <c>connections</c> loops, each with its own keep-alive connection, send one
/// request after another for a warm-up and then a fixed measured time; only requests started and finished inside the
/// measured time count. Bounded in time by construction. The client runs on the same 2 cores as the server, so its CPU
/// is reported beside the figures.
/// </summary>
internal static class HttpLoad
{
    public static async Task<HttpLoadResult> RunAsync(
        string name, HttpClient http, int connections, TimeSpan warmUp, TimeSpan duration, Func<int, HttpRequestMessage> request,
        HttpStatusCode expected, Func<TimeSpan> serverCpu, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var measureFrom = warmUp;
        var measureTo = warmUp + duration;
        var latencies = new List<double>[connections];
        var errors = new int[connections];
        var statuses = new string?[connections];
        var load = (SystemLoad?)null;
        var serverCpuAtStart = TimeSpan.Zero;
        var clientCpuAtStart = TimeSpan.Zero;
        using var measuring = new Timer(_ =>
        {
            load = new SystemLoad();
            serverCpuAtStart = serverCpu();
            clientCpuAtStart = Environment.CpuUsage.TotalTime;
        }, null, warmUp, Timeout.InfiniteTimeSpan);

        await Task.WhenAll(Enumerable.Range(0, connections).Select(loop => Task.Run(async () =>
        {
            latencies[loop] = new List<double>(4096);
            while (clock.Elapsed < measureTo)
            {
                var started = clock.Elapsed;
                using var message = request(loop);
                using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
                var finished = clock.Elapsed;
                if (response.StatusCode != expected)
                {
                    errors[loop]++;
                    statuses[loop] ??= $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
                }
                else if (started >= measureFrom && finished <= measureTo)
                {
                    latencies[loop].Add((finished - started).TotalMilliseconds);
                }
            }
        }, cancellationToken)));

        var all = latencies.SelectMany(l => l).ToArray();
        if (all.Length == 0)
        {
            throw new InvalidOperationException($"{name}: no request succeeded; first error {statuses.FirstOrDefault(s => s is not null)}");
        }

        return new HttpLoadResult(name, connections, duration.TotalSeconds, LatencyStats.From(all), errors.Sum(),
            statuses.FirstOrDefault(s => s is not null), load?.CpuSinceStart() ?? "cpu ?", serverCpu() - serverCpuAtStart,
            Environment.CpuUsage.TotalTime - clientCpuAtStart);
    }
}
