using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>
/// <c>exports</c> (issue 4, last Proof bullet): in one run on one machine, (1) the raw Chromium print ceiling, (2) the
/// worker's render-and-store throughput, (3) end-to-end exports per second from POST to completed with the whole stack,
/// then the ratio end-to-end / raw against the target (at least 0.5).
/// </summary>
internal static class ExportsBenchmark
{
    public const double Target = 0.5;
    private const int DefaultCount = 60;
    private const int DefaultClients = 4;
    private const int DefaultWarmUp = 3;

    /// <summary>Exit codes: 0 target met, 3 target missed, 1 run failed (2 = usage, from Program).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var count = IntOption(args, "--count", DefaultCount);
        var clients = IntOption(args, "--clients", DefaultClients);
        var warmUp = IntOption(args, "--warmup", DefaultWarmUp);
        var reuse = args.Contains("--reuse-build");
        var stackDirectory = Environment.GetEnvironmentVariable("BENCH_STACK_DIR") is { Length: > 0 } dir ? dir : "/tmp/bench-stack";
        var repoRoot = FindRepoRoot();
        var started = DateTimeOffset.UtcNow;
        Console.WriteLine($"exports benchmark: {count} exports per phase, {SystemLoad.Cores} cores, load avg {SystemLoad.LoadAverage()} at start, repo {repoRoot}");

        // Built first, so the compiler is not running during any measurement.
        var dlls = await EndToEndBenchmark.BuildStackAsync(repoRoot, stackDirectory, reuse, cancellationToken);

        ThroughputRun raw, stored;
        string rawLoad, storedLoad;
        (int Pages, int Bytes) document;
        int pages;
        await using (var renderer = RendererBenchmark.FromEnvironment())
        {
            pages = renderer.Options.MaxConcurrentPages;
            Console.WriteLine($"chromium: {renderer.Options.ExecutablePath}, MaxConcurrentPages {pages}, RenderTimeout {renderer.Options.RenderTimeout}");
            await renderer.WarmUpAsync(Math.Max(10, 4 * pages), cancellationToken);

            // The ceiling is the better of two rounds, one before and one after phase 2, so a burst of load from
            // elsewhere during one round does not lower the ceiling (and flatter the ratio).
            var (firstRaw, firstRawLoad) = await PhaseAsync("1 raw print (round 1)", ct => renderer.PrintAsync(count, ct), cancellationToken);
            document = renderer.LastDocument;

            using (var storage = new TempDirectory("bench-exports-local-"))
            {
                (stored, storedLoad) = await PhaseAsync("2 render+store", ct => renderer.PrintAndStoreAsync(count, storage.Path, ct), cancellationToken);
            }

            var (secondRaw, secondRawLoad) = await PhaseAsync("1 raw print (round 2)", ct => renderer.PrintAsync(count, ct), cancellationToken);
            (raw, rawLoad) = secondRaw.PerSecond > firstRaw.PerSecond ? (secondRaw, secondRawLoad + ", round 2 of 2") : (firstRaw, firstRawLoad + ", round 1 of 2");
        }

        var endToEnd = await EndToEndBenchmark.RunAsync(dlls, count, clients, warmUp, cancellationToken);
        var ratio = endToEnd.PerSecond / raw.PerSecond;
        var met = ratio >= Target && endToEnd.Failed == 0;

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine($"== exports benchmark summary ({started:yyyy-MM-dd HH:mm} UTC, {SystemLoad.Cores} cores) ==");
        Console.WriteLine(string.Create(c, $"document: 1 classic resume, A4, {document.Pages} page(s), {document.Bytes:N0} bytes; Chromium MaxConcurrentPages {pages}"));
        Console.WriteLine(string.Create(c,
            $"1 raw print (ceiling): {raw.Latency.Median:0} ms/page median, {raw.Latency.P95:0} ms p95, {raw.PerSecond:0.00} pages/s (n={raw.Count}, concurrency {raw.Concurrency}; {rawLoad})"));
        Console.WriteLine(string.Create(c,
            $"2 render+store (local): {stored.PerSecond:0.00} exports/s, {stored.Latency.Median:0} ms median, {stored.Latency.P95:0} ms p95 (n={stored.Count}, concurrency {stored.Concurrency}; {storedLoad})"));
        Console.WriteLine(string.Create(c,
            $"3 end-to-end (POST -> completed): {endToEnd.Count} exports in {endToEnd.ServerSpanSeconds:0.00} s = {endToEnd.PerSecond:0.00} exports/s; latency p50 {endToEnd.Latency.Median:0} ms, p95 {endToEnd.Latency.P95:0} ms, max {endToEnd.Latency.Max:0} ms; client wall {endToEnd.ClientWallSeconds:0.00} s; POST p50 {endToEnd.Post.Median:0} ms, p95 {endToEnd.Post.P95:0} ms; {clients} clients; warm-up {warmUp}; failed {endToEnd.Failed}"));
        Console.WriteLine(string.Create(c,
            $"  end-to-end resources: {endToEnd.Load}; CPU per export: api {PerItem(endToEnd.ApiCpu, endToEnd.Count)} ms ({PerItem(endToEnd.ApiCpuForPosts, endToEnd.Count)} ms until the last POST answered), workers-pdf .NET {PerItem(endToEnd.WorkerCpu, endToEnd.Count)} ms, its Chromium {PerItem(endToEnd.ChromiumCpu, endToEnd.Count)} ms (PostgreSQL, RabbitMQ not counted)"));
        Console.WriteLine(string.Create(c,
            $"ratios: render+store / raw = {stored.PerSecond / raw.PerSecond:0.00}; end-to-end / raw = {ratio:0.00} (target >= {Target:0.0})"));
        Console.WriteLine(string.Create(c,
            $"exports: raw {raw.PerSecond:0.00} pages/s ({raw.Latency.Median:0} ms/page) | render+store {stored.PerSecond:0.00}/s | end-to-end {endToEnd.PerSecond:0.00}/s (p95 {endToEnd.Latency.P95:0} ms) | ratio {ratio:0.00} {(met ? "PASS" : "FAIL")} | load avg {SystemLoad.LoadAverage()}"));
        return met ? 0 : 3;
    }

    /// <summary>Runs one in-process phase and prints it with the machine's CPU use and this process's (.NET side of the renderer) CPU per item.</summary>
    private static async Task<(ThroughputRun Run, string Load)> PhaseAsync(string name, Func<CancellationToken, Task<ThroughputRun>> phase, CancellationToken cancellationToken)
    {
        var load = new SystemLoad();
        var cpu = Environment.CpuUsage.TotalTime;
        var chromium = ChildProcessCpu.Of(Environment.ProcessId);
        var run = await phase(cancellationToken);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{load.CpuSinceStart()}; CPU per item: .NET {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / run.Count:0} ms, Chromium {(ChildProcessCpu.Of(Environment.ProcessId) - chromium).TotalMilliseconds / run.Count:0} ms");
        Console.WriteLine($"{name}: {run} ({text})");
        return (run, text);
    }

    private static string PerItem(TimeSpan cpu, int count) => (cpu.TotalMilliseconds / count).ToString("0", CultureInfo.InvariantCulture);

    private static int IntOption(IReadOnlyList<string> args, string name, int fallback)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                return value;
            }
        }

        return fallback;
    }

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Environment.GetEnvironmentVariable("REPO_ROOT"), Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ResumeExport.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("ResumeExport.sln not found above the current directory; set REPO_ROOT.");
    }
}
