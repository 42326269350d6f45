using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>N operations run by <c>concurrency</c> loops that each take the next one as soon as they are free.</summary>
internal sealed record ThroughputRun(int Count, int Concurrency, double Seconds, LatencyStats Latency)
{
    public double PerSecond => Count / Seconds;

    /// <param name="operation">Gets the item's index (0 … count-1).</param>
    public static Task<ThroughputRun> MeasureAsync(int count, int concurrency, Func<int, CancellationToken, Task> operation, CancellationToken cancellationToken) =>
        RunAsync(count, concurrency, (_, index, ct) => operation(index, ct), cancellationToken);

    /// <summary>As <see cref="MeasureAsync"/>, one loop per worker (e.g. a warm page), each loop using only its own.</summary>
    public static Task<ThroughputRun> MeasureWithWorkersAsync<TWorker>(
        int count, IReadOnlyList<TWorker> workers, Func<TWorker, CancellationToken, Task> operation, CancellationToken cancellationToken) =>
        RunAsync(count, workers.Count, (loop, _, ct) => operation(workers[loop], ct), cancellationToken);

    private static async Task<ThroughputRun> RunAsync(int count, int concurrency, Func<int, int, CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        var next = -1;
        var latencies = new ConcurrentBag<double>();
        var wall = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, concurrency).Select(loop => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                var one = Stopwatch.StartNew();
                await operation(loop, index, cancellationToken);
                latencies.Add(one.Elapsed.TotalMilliseconds);
            }
        }, cancellationToken));
        await Task.WhenAll(loops);
        wall.Stop();
        return new ThroughputRun(count, concurrency, wall.Elapsed.TotalSeconds, LatencyStats.From(latencies));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Count} in {Seconds:0.00} s at concurrency {Concurrency} = {PerSecond:0.00}/s; per item median {Latency.Median:0} ms, p95 {Latency.P95:0} ms");
}
