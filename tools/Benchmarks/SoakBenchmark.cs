using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Npgsql;

namespace ResumeExport.Benchmarks;

/// <summary>
/// <c>soak</c> (issue 26 item 3): N exports (default 10,000) through the real stack at a fixed rate (default half of the
/// end-to-end rate a short warm-up measured), each a fresh render, with the memory of the API, the PDF worker, the e-mail
/// worker and the worker's Chromium tree sampled every few seconds. Prints the curve, each process's least-squares slope
/// after the warm-up with its standard error, the failed count, p95 per tenth of the run, and a verdict per target:
/// no growth (slope within noise), 0 failed, p95 ≤ 1 s in every tenth.
/// </summary>
internal static class SoakBenchmark
{
    private const int DefaultExports = 10_000;
    private const int RateProbeExports = 60;
    private const int Windows = 10;
    private const double P95TargetMs = 1000;

    /// <summary>The first fifth of the soak's exports is the warm-up of the slope: caches, pools and GC heaps settle.</summary>
    private const double SlopeWarmUpFraction = 0.2;

    private static int refusedPosts;

    /// <summary>
    /// A slope beyond noise counts as growth only if it would add more than this share of the process's mean RSS over
    /// 10,000 exports: a process whose RSS barely moves has a tiny standard error, so a drift of 2 MB in 10,000 exports
    /// is "beyond noise" and still no leak anyone could act on.
    /// </summary>
    private const double MaterialShare = 0.05;

    private static readonly string[] Tracked = ["api", "workers-pdf", "workers-email", "chromium"];

    /// <summary>Exit codes: 0 every target met, 3 a target missed, 1 run failed.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var exports = ExportsBenchmark.IntOption(args, "--exports", DefaultExports);
        var warmUp = ExportsBenchmark.IntOption(args, "--warmup", 100);
        var sampleEvery = TimeSpan.FromSeconds(ExportsBenchmark.IntOption(args, "--sample-seconds", 5));
        var fixedRate = DoubleOption(args, "--rate");
        var repoRoot = ExportsBenchmark.FindRepoRoot();
        var stackDirectory = Environment.GetEnvironmentVariable("BENCH_STACK_DIR") is { Length: > 0 } dir ? dir : "/tmp/bench-stack";
        Console.WriteLine($"soak: {exports} exports, {SystemLoad.Cores} cores, load avg {SystemLoad.LoadAverage()} at start");

        var binaries = await BenchStack.BuildAsync(repoRoot, stackDirectory, args.Contains("--reuse-build"), cancellationToken);
        await using var stack = await BenchStack.StartAsync(repoRoot, binaries, 1, cancellationToken);
        await stack.LiftPlanLimitsAsync(cancellationToken);
        var owner = stack.Users[0];

        // Warm-up (JIT, pools, the browser's first pages), then the end-to-end rate the soak's rate is half of.
        await stack.AddUnexportedResumesAsync(owner, warmUp + RateProbeExports, cancellationToken);
        var warm = new List<string>();
        for (var i = 0; i < warmUp; i++)
        {
            warm.Add(await stack.RequestExportAsync(owner, cancellationToken));
        }

        await stack.WaitFinishedAsync(owner, warm, TimeSpan.FromSeconds(Math.Max(120, warmUp * 5)), StackBenchmark.PollInterval, cancellationToken);
        var probe = await StackBenchmark.EndToEndAsync(stack, owner, new StackBenchmarkOptions(
            RateProbeExports, 4, warmUp, TimeSpan.Zero, 0, 1, TimeSpan.Zero, TimeSpan.Zero), cancellationToken);
        var rate = fixedRate ?? probe.PerSecond / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"soak: warm-up {warmUp} exports; end-to-end {probe.PerSecond:0.00} exports/s ({RateProbeExports} exports, 4 clients, failed {probe.Failed}); soak rate {rate:0.00}/s {(fixedRate is null ? "(half of it)" : "(--rate)")}, about {exports / rate / 60:0} min"));

        Console.WriteLine($"soak: creating {exports} resumes of distinct content (each export is a fresh render)");
        await stack.AddUnexportedResumesAsync(owner, exports, cancellationToken);

        var samples = new List<Sample>();
        using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var posted = 0;
        var clock = Stopwatch.StartNew();
        var soakStart = DateTimeOffset.UtcNow;
        Console.WriteLine("soak: time_s exports_posted exports_done failed | RSS MB: api workers-pdf workers-email chromium-tree (chromium PSS) | browser pid");
        var sampling = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(sampleEvery);
            while (true)
            {
                var sample = await SampleAsync(stack, owner, soakStart, clock.Elapsed, Volatile.Read(ref posted), CancellationToken.None);
                lock (samples)
                {
                    samples.Add(sample);
                }

                Console.WriteLine($"soak: {sample}");
                try
                {
                    await timer.WaitForNextTickAsync(stopSampling.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }, CancellationToken.None);

        // Open loop: one POST every 1/rate seconds whatever the stack does, so queueing shows in the latency.
        var posts = new Task<string>[exports];
        for (var i = 0; i < exports; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, cancellationToken);
            }

            posts[i] = PostAsync(stack, owner, cancellationToken);
            Interlocked.Increment(ref posted);
        }

        var ids = await Task.WhenAll(posts);
        var rows = await WaitFinishedAsync(stack.ConnectionString, ids, TimeSpan.FromSeconds(Math.Max(300, exports / rate)), cancellationToken);
        await Task.Delay(sampleEvery, cancellationToken);
        await stopSampling.CancelAsync();
        await sampling;
        Console.WriteLine(Report(samples, rows, ids, rate, clock.Elapsed, probe.PerSecond));
        var met = Verdicts(samples, rows, ids, exports).All(v => v.Met);
        Console.WriteLine($"soak: load avg {SystemLoad.LoadAverage()} at end");
        return met ? 0 : 3;
    }

    private static async Task<string> PostAsync(BenchStack stack, BenchUser owner, CancellationToken cancellationToken)
    {
        // An API that refuses for backpressure (decision 34) is asked again after its Retry-After: at half the
        // measured rate that should not happen, and the count says if it did.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await stack.RequestExportAsync(owner, cancellationToken);
            }
            catch (InvalidOperationException exception) when (attempt < 5
                && (exception.Message.Contains("got 429", StringComparison.Ordinal) || exception.Message.Contains("got 503", StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref refusedPosts);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private static async Task<Sample> SampleAsync(BenchStack stack, BenchUser owner, DateTimeOffset since, TimeSpan elapsed, int posted, CancellationToken cancellationToken)
    {
        var table = ProcessTable.Read();
        var chromium = ProcessMemory.TreeMB(table.DescendantsOf(stack.PdfWorker.Id));
        var rss = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["api"] = ProcessMemory.TreeMB([stack.Api.Id]).RssMB,
            ["workers-pdf"] = ProcessMemory.TreeMB([stack.PdfWorker.Id]).RssMB,
            ["workers-email"] = ProcessMemory.TreeMB([stack.EmailWorker.Id]).RssMB,
            ["chromium"] = chromium.RssMB,
        };
        var (done, failed) = await CountFinishedAsync(stack.ConnectionString, owner.Id, since, cancellationToken);
        return new Sample(elapsed.TotalSeconds, posted, done, failed, rss, chromium.PssMB, await BrowserPidAsync(stack, cancellationToken));
    }

    private static async Task<int?> BrowserPidAsync(BenchStack stack, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await stack.Http.GetAsync(new Uri($"{stack.PdfWorker.Url}/health/ready"), cancellationToken);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return body?["checks"]?["chromium"]?["data"]?["browserPid"]?.GetValue<int>();
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Text.Json.JsonException or InvalidOperationException or TaskCanceledException)
        {
            return null;
        }
    }

    private static async Task<(int Done, int Failed)> CountFinishedAsync(string connectionString, Guid userId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE lower(status) IN ('completed', 'failed')), count(*) FILTER (WHERE lower(status) = 'failed') FROM exports WHERE user_id = $1 AND requested_at >= $2",
            connection);
        count.Parameters.AddWithValue(userId);
        count.Parameters.AddWithValue(since);
        await using var reader = await count.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    /// <summary>From the database, not the API: listing ten thousand exports page by page would be the load, not the soak.</summary>
    private static async Task<Dictionary<string, Row>> WaitFinishedAsync(string connectionString, string[] ids, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var guids = ids.Select(id => Guid.Parse(id, CultureInfo.InvariantCulture)).ToArray();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var rows = new Dictionary<string, Row>(StringComparer.OrdinalIgnoreCase);
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync(cancellationToken);
                await using var query = new NpgsqlCommand(
                    "SELECT id, lower(status), requested_at, completed_at FROM exports WHERE id = ANY($1) AND lower(status) IN ('completed', 'failed')", connection);
                query.Parameters.AddWithValue(guids);
                await using var reader = await query.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows[reader.GetGuid(0).ToString()] = new Row(reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                        reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3));
                }
            }

            if (rows.Count == ids.Length)
            {
                return rows;
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"only {rows.Count} of {ids.Length} soak exports finished within {timeout.TotalSeconds:0} s of the last POST");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private static string Report(List<Sample> samples, Dictionary<string, Row> rows, string[] ids, double rate, TimeSpan wall, double endToEnd)
    {
        var text = new StringBuilder();
        var failed = rows.Values.Count(r => r.Status == "failed");
        var pids = samples.Select(s => s.BrowserPid).OfType<int>().Distinct().Count();
        text.AppendLine(CultureInfo.InvariantCulture, $"soak: {ids.Length} exports offered at {rate:0.00}/s (end-to-end maximum {endToEnd:0.00}/s) in {wall.TotalSeconds:0} s; failed {failed}; POSTs refused and retried {refusedPosts}; {pids} browser pid(s) seen (a recycle shows as a new one)");
        text.AppendLine("soak curve (every sample; RSS MB, Chromium summed over its tree):");
        text.AppendLine("  time_s  exports  api  workers-pdf  workers-email  chromium  (chromium PSS)");
        foreach (var s in samples)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {s.Seconds,6:0}  {s.Done,7}  {s.RssMB["api"],4:0}  {s.RssMB["workers-pdf"],11:0}  {s.RssMB["workers-email"],13:0}  {s.RssMB["chromium"],8:0}  ({s.ChromiumPssMB:0})");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"soak slope after warm-up (the first {SlopeWarmUpFraction:P0} of the exports excluded), MB per 1,000 exports, least squares ± standard error:");
        foreach (var name in Tracked)
        {
            var fit = Slope(samples, name, ids.Length);
            var values = AfterWarmUp(samples, ids.Length).Select(s => s.RssMB[name]).DefaultIfEmpty(0).ToArray();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {name,-14} {fit.Slope,8:+0.00;-0.00} ± {fit.SlopeError:0.00} MB/1000 ({fit.Count} samples, {values.Min():0}–{values.Max():0} MB, mean {values.Average():0}): {(fit.WithinNoise ? "within noise" : "beyond noise")}, {fit.Slope * 10:+0;-0} MB per 10,000 exports = {fit.Slope * 10 / Math.Max(1, values.Average()):P1} of the mean: {(Grows(fit, values) ? "GROWTH" : "no growth")}");
        }

        text.AppendLine("soak p95 POST -> completed per tenth of the exports (server timestamps):");
        foreach (var (window, stats) in WindowLatencies(rows, ids))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {window + 1,2}/{Windows}: {stats}");
        }

        foreach (var verdict in Verdicts(samples, rows, ids, ids.Length))
        {
            text.AppendLine($"target {(verdict.Met ? "met" : "MISSED")} {verdict.Text}");
        }

        return text.ToString().TrimEnd();
    }

    private static IEnumerable<(bool Met, string Text)> Verdicts(List<Sample> samples, Dictionary<string, Row> rows, string[] ids, int exports)
    {
        foreach (var name in Tracked)
        {
            var fit = Slope(samples, name, exports);
            var values = AfterWarmUp(samples, exports).Select(s => s.RssMB[name]).DefaultIfEmpty(0).ToArray();
            yield return (!Grows(fit, values), string.Create(CultureInfo.InvariantCulture,
                $"{name}: no memory growth after warm-up ({fit.Slope:+0.00;-0.00} ± {fit.SlopeError:0.00} MB per 1,000 exports; growth = beyond two standard errors and > {MaterialShare:P0} of the mean per 10,000 exports)"));
        }

        var failed = rows.Values.Count(r => r.Status == "failed");
        yield return (failed == 0, $"no failed export ({failed} failed)");
        var worst = WindowLatencies(rows, ids).Max(w => w.Stats.P95);
        yield return (worst <= P95TargetMs, string.Create(CultureInfo.InvariantCulture, $"p95 <= 1 s in every tenth (worst {worst:0} ms)"));
    }

    private static bool Grows(LeastSquares fit, double[] values) => !fit.WithinNoise && fit.Slope * 10 > MaterialShare * values.Average();

    private static IEnumerable<Sample> AfterWarmUp(List<Sample> samples, int exports) => samples.Where(s => s.Done >= exports * SlopeWarmUpFraction);

    private static LeastSquares Slope(List<Sample> samples, string name, int exports) =>
        LeastSquares.Fit(AfterWarmUp(samples, exports).Select(s => (s.Done / 1000.0, s.RssMB[name])).ToArray());

    private static IEnumerable<(int Window, LatencyStats Stats)> WindowLatencies(Dictionary<string, Row> rows, string[] ids)
    {
        var size = (int)Math.Ceiling(ids.Length / (double)Windows);
        for (var window = 0; window * size < ids.Length; window++)
        {
            var latencies = ids.Skip(window * size).Take(size)
                .Select(id => rows[id])
                .Where(r => r is { Status: "completed", CompletedAt: not null })
                .Select(r => (r.CompletedAt!.Value - r.RequestedAt).TotalMilliseconds)
                .ToArray();
            if (latencies.Length > 0)
            {
                yield return (window, LatencyStats.From(latencies));
            }
        }
    }

    private static double? DoubleOption(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                return value;
            }
        }

        return null;
    }

    private sealed record Row(string Status, DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt);

    private sealed record Sample(double Seconds, int Posted, int Done, int Failed, IReadOnlyDictionary<string, double> RssMB, double ChromiumPssMB, int? BrowserPid)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Seconds,6:0} {Posted,6} {Done,6} {Failed,3} | {RssMB["api"],4:0} {RssMB["workers-pdf"],4:0} {RssMB["workers-email"],4:0} {RssMB["chromium"],5:0} ({ChromiumPssMB:0}) | {BrowserPid?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
    }
}
