using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Previews;
using ResumeExport.Adapters.Rendering;
using ResumeExport.Application.Exports.GetExportPreview;

namespace ResumeExport.Benchmarks;

/// <summary>
/// <c>exports</c> (issue 11): in one run on one machine, the same one-page resume printed by
/// (1) the ceiling: PuppeteerSharp on warm pages, none of our code; (2) the peer: Node's puppeteer-core on warm pages;
/// (3) our renderer plus local storage, as the worker does, and the DOCX, Markdown and text writers likewise; then the whole stack: end-to-end, a steady rate, an e-mail
/// session, API load and outbox lag, with each process's peak memory. Prints every phase, the ratios and each target.
/// </summary>
internal static class ExportsBenchmark
{
    private const int DefaultCount = 60;
    private const int DefaultClients = 4;
    private const int DefaultWarmUp = 100;

    /// <summary>Exit codes: 0 every target met, 3 a target missed, 1 run failed (2 = usage, from Program).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var count = IntOption(args, "--count", DefaultCount);
        var clients = IntOption(args, "--clients", DefaultClients);
        var warmUp = IntOption(args, "--warmup", DefaultWarmUp);
        var connections = IntOption(args, "--connections", 64);
        var loadSeconds = IntOption(args, "--load-seconds", 10);
        var printersOnly = args.Contains("--printers-only");
        var reuse = args.Contains("--reuse-build");
        var stackDirectory = Environment.GetEnvironmentVariable("BENCH_STACK_DIR") is { Length: > 0 } dir ? dir : "/tmp/bench-stack";
        var repoRoot = FindRepoRoot();
        var started = DateTimeOffset.UtcNow;
        Console.WriteLine($"exports benchmark: {count} exports per phase, {SystemLoad.Cores} cores, load avg {SystemLoad.LoadAverage()} at start, repo {repoRoot}");

        // Built first, so the compiler is not running during any measurement.
        var binaries = printersOnly ? null : await BenchStack.BuildAsync(repoRoot, stackDirectory, reuse, cancellationToken);

        if (args.Contains("--scale-out-only"))
        {
            // Only phase 8 (1 then 2 PDF workers), on a stack of its own; no printers, no targets, exit 0 when it ran.
            Console.WriteLine(await ScaleOutAsync(repoRoot, binaries!, count, clients, warmUp, cancellationToken));
            Console.WriteLine($"scale-out: load avg {SystemLoad.LoadAverage()} at end");
            return 0;
        }

        if (args.Contains("--status-wait-only"))
        {
            // Only phase 5s (SSE against polling), on a stack of its own; no targets, exit 0 when it ran.
            await using var waiting = await BenchStack.StartAsync(repoRoot, binaries!, 1, cancellationToken);
            Console.WriteLine(await StatusWaitBenchmark.RunAsync(waiting, waiting.Users[0], count, clients, cancellationToken));
            return 0;
        }

        var printers = await PrintersAsync(repoRoot, count, cancellationToken);
        StackResults? stack = null;
        if (!printersOnly)
        {
            await using var running = await BenchStack.StartAsync(repoRoot, binaries!, Math.Max(3, connections) + DocumentBenchmark.Formats.Count, cancellationToken);
            try
            {
                stack = await StackBenchmark.RunAsync(running, new StackBenchmarkOptions(
                    count, clients, warmUp, TimeSpan.FromSeconds(IntOption(args, "--steady-seconds", 20)), IntOption(args, "--recipients", 20),
                    connections, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(loadSeconds)), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await Console.Error.WriteLineAsync($"stack phases failed; last output of the stack:{Environment.NewLine}{running.Tails()}");
                throw;
            }
        }

        var summary = new ExportsSummary(started, printers, stack, clients);
        if (args.Contains("--scale-out") && binaries is not null)
        {
            Console.WriteLine(await ScaleOutAsync(repoRoot, binaries, count, clients, warmUp, cancellationToken));
        }

        summary.Print();
        return summary.AllTargetsMet ? 0 : 3;
    }

    private static async Task<string> ScaleOutAsync(string repoRoot, StackBinaries binaries, int count, int clients, int warmUp, CancellationToken cancellationToken)
    {
        await using var stack = await BenchStack.StartAsync(repoRoot, binaries, 1, cancellationToken);
        try
        {
            return await ScaleOutBenchmark.RunAsync(stack, count, clients, warmUp, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"scale-out failed; last output of the stack:{Environment.NewLine}{stack.Tails()}");
            throw;
        }
    }

    /// <summary>
    /// Phases 1–2 and render+store, interleaved so a burst of load from elsewhere cannot favour us: ceiling, peer, ours,
    /// ceiling, peer; the ceiling and the peer each keep the better of their two rounds, ours its only one.
    /// </summary>
    private static async Task<PrinterResults> PrintersAsync(string repoRoot, int count, CancellationToken cancellationToken)
    {
        await using var renderer = RendererBenchmark.FromEnvironment();
        var options = renderer.Options;
        var concurrency = options.MaxConcurrentPages;
        Console.WriteLine($"chromium: {options.ExecutablePath}, MaxConcurrentPages {concurrency}, RenderTimeout {options.RenderTimeout}, flags {string.Join(' ', ChromiumBrowserPool.LaunchArguments)}");
        using var html = new TempDirectory("bench-exports-html-");
        var htmlFile = Path.Combine(html.Path, "resume.html");
        await File.WriteAllTextAsync(htmlFile, renderer.Html, cancellationToken);
        var warmUp = Math.Max(10, 4 * concurrency);

        PhaseResult ceiling1, ceiling2, peer1, peer2, stored, drawn1, drawn2;
        var documents = new Dictionary<string, PhaseResult>(StringComparer.Ordinal);
        var documentBytes = new Dictionary<string, int>(StringComparer.Ordinal);
        var previewBytes = 0;
        (int Pages, int Bytes) document;
        NodePeer.PeerReport peerReport;
        await using (var reference = await WarmPageCeiling.LaunchAsync(options.ExecutablePath, concurrency))
        {
            await reference.PrintAsync(renderer.Html, warmUp, cancellationToken);
            ceiling1 = await PhaseAsync("1 ceiling, PuppeteerSharp warm pages (round 1)", ct => reference.PrintAsync(renderer.Html, count, ct), cancellationToken);
            document = reference.LastDocument;
            (peer1, peerReport) = await PeerPhaseAsync("2 peer, Node puppeteer-core warm pages (round 1)", repoRoot, options.ExecutablePath, htmlFile, count, concurrency, warmUp, cancellationToken);

            // As much preparation as the ceiling's second round had (its warm-up and its first round): the JIT's tiering
            // then treats both alike, and ours is measured warm, as a worker is after its first exports.
            await renderer.WarmUpAsync(warmUp + count, cancellationToken);
            using (var storage = new TempDirectory("bench-exports-local-"))
            {
                stored = await PhaseAsync("3 ours: render+store", ct => renderer.PrintAndStoreAsync(count, storage.Path, ct), cancellationToken);
            }

            // The other formats at the PDFs' concurrency, so the rates compare per core; ten times as many, as each takes milliseconds.
            await using (var writer = new DocumentBenchmark())
            {
                foreach (var format in DocumentBenchmark.Formats)
                {
                    await writer.WarmUpAsync(format, warmUp + count, concurrency, cancellationToken);
                    using var storage = new TempDirectory("bench-exports-documents-");
                    documents[format] = await PhaseAsync($"3d ours: {format} write+store", ct => writer.WriteAndStoreAsync(format, count * 10, concurrency, storage.Path, ct), cancellationToken);
                }

                foreach (var (format, bytes) in writer.LastBytes)
                {
                    documentBytes[format] = bytes;
                }
            }

            drawn1 = await PhaseAsync("3p preview: mutool draws page 1 of our PDF, as a first view does (round 1)", ct => DrawPreviewsAsync(ct), cancellationToken);

            ceiling2 = await PhaseAsync("1 ceiling, PuppeteerSharp warm pages (round 2)", ct => reference.PrintAsync(renderer.Html, count, ct), cancellationToken);
            drawn2 = await PhaseAsync("3p preview: mutool draws page 1 of our PDF, as a first view does (round 2)", ct => DrawPreviewsAsync(ct), cancellationToken);
        }

        (peer2, _) = await PeerPhaseAsync("2 peer, Node puppeteer-core warm pages (round 2)", repoRoot, options.ExecutablePath, htmlFile, count, concurrency, warmUp, cancellationToken);
        // The preview's cost is judged round by round (each drawing ran right after a ceiling round), keeping the costlier.
        var preview = new PreviewCost(ceiling1, drawn1 with { Round = 1 }, previewBytes).Worse(new PreviewCost(ceiling2, drawn2 with { Round = 2 }, previewBytes));
        return new PrinterResults(
            Better(ceiling1, ceiling2), Better(peer1, peer2), stored, document, renderer.LastDocument, concurrency, peerReport.Puppeteer, peerReport.Version, preview)
        {
            Documents = documents,
            DocumentBytes = documentBytes,
        };

        // The production rasterizer with the production defaults but the print's concurrency, on the PDF ours printed.
        async Task<ThroughputRun> DrawPreviewsAsync(CancellationToken ct)
        {
            using var rasterizer = new MuPdfPageRasterizer(
                Options.Create(new PreviewOptions { MaxConcurrent = concurrency }), NullLogger<MuPdfPageRasterizer>.Instance);
            var pdf = renderer.LastPdf;
            return await ThroughputRun.MeasureAsync(count, concurrency, async (_, token) =>
                previewBytes = (await rasterizer.FirstPageAsPngAsync(pdf, GetExportPreviewQueryHandler.PreviewWidthPx, token)).Length, ct);
        }
    }

    private static PhaseResult Better(PhaseResult first, PhaseResult second) =>
        second.Run.PerSecond > first.Run.PerSecond ? second with { Round = 2 } : first with { Round = 1 };

    /// <summary>Runs one phase and prints it with the machine's CPU use and the CPU per item of this process (.NET) and its children (Chromium).</summary>
    private static async Task<PhaseResult> PhaseAsync(string name, Func<CancellationToken, Task<ThroughputRun>> phase, CancellationToken cancellationToken)
    {
        var load = new SystemLoad();
        var cpu = Environment.CpuUsage.TotalTime;
        var chromium = ChildProcessCpu.Of(Environment.ProcessId);
        var run = await phase(cancellationToken);
        var result = new PhaseResult(run, load.CpuSinceStart(), (Environment.CpuUsage.TotalTime - cpu) / run.Count, (ChildProcessCpu.Of(Environment.ProcessId) - chromium) / run.Count);
        Console.WriteLine($"{name}: {result}");
        return result;
    }

    private static async Task<(PhaseResult Result, NodePeer.PeerReport Report)> PeerPhaseAsync(
        string name, string repoRoot, string executablePath, string htmlFile, int count, int concurrency, int warmUp, CancellationToken cancellationToken)
    {
        NodePeer.PeerReport? report = null;
        var result = await PhaseAsync(name, async ct =>
        {
            (var run, report) = await NodePeer.PrintAsync(repoRoot, executablePath, htmlFile, count, concurrency, warmUp, ct);
            return run;
        }, cancellationToken);

        // The peer's CPU (node and its Chromium) is all in children of this process; its own launch and warm-up are included.
        return (result with { Note = "CPU per item includes node's launch and warm-up" }, report!);
    }

    internal static int IntOption(IReadOnlyList<string> args, string name, int fallback)
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

    internal static string FindRepoRoot()
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
