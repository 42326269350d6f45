using System.Globalization;
using System.Text.Json;
using ResumeExport.Adapters.Rendering;

namespace ResumeExport.Benchmarks;

/// <summary>
/// The peer of <c>exports</c>: Node's <c>puppeteer-core</c> (<c>tools/bench-peer</c>, pinned in its package-lock and
/// installed by <c>npm ci</c>) printing the same HTML on warm pages with the same browser binary, flags, guards and PDF
/// options, at the same concurrency. It runs as a child process of this one, so its Chromium's CPU is counted too.
/// </summary>
internal static class NodePeer
{
    public static async Task<(ThroughputRun Run, PeerReport Report)> PrintAsync(
        string repoRoot, string executablePath, string htmlFile, int count, int concurrency, int warmUp, CancellationToken cancellationToken)
    {
        var peerDirectory = Path.Combine(repoRoot, "tools", "bench-peer");
        if (!Directory.Exists(Path.Combine(peerDirectory, "node_modules", "puppeteer-core")))
        {
            throw new InvalidOperationException($"puppeteer-core is not installed: run `npm ci` in {peerDirectory} (deploy/bench/exports.sh does).");
        }

        string[] arguments =
        [
            "print.mjs", "--html", htmlFile, "--executable", executablePath,
            "--count", Text(count), "--concurrency", Text(concurrency), "--warmup", Text(warmUp), "--format", "A4",
            .. ChromiumBrowserPool.LaunchArguments.SelectMany(flag => new[] { "--arg", flag }),
        ];
        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync("node", peerDirectory, arguments, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"the Node peer failed ({exitCode}): {stderr}{stdout}");
        }

        var report = JsonSerializer.Deserialize<PeerReport>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("the Node peer printed nothing.");
        return (new ThroughputRun(report.Count, report.Concurrency, report.Seconds, LatencyStats.From(report.LatenciesMs)), report);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>What <c>print.mjs</c> prints.</summary>
    internal sealed record PeerReport(int Count, int Concurrency, double Seconds, double[] LatenciesMs, int Bytes, int Pages, string Version, string Puppeteer);
}
