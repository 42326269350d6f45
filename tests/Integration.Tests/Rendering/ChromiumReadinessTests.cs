using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// The PDF worker's readiness names the browser its pool runs by the browser's own process id, so a fault drill (the
/// reliability suite's chromium-kill) kills the browser itself, whatever launched it: Debian's
/// <c>/usr/bin/chromium-headless-shell</c> is a shell script that runs the browser as its child, and killing that script
/// would leave the browser running.
/// </summary>
[NonParallelizable]
public sealed class ChromiumReadinessTests : IntegrationFixture
{
    [Test]
    public async Task Ready_reports_the_browser_process_whose_kill_takes_the_whole_browser_down_and_then_the_new_one()
    {
        await using var worker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost);
        using var client = worker.CreateClient();
        var first = await BrowserPidAsync(client);
        Assert.That(Descendants(Environment.ProcessId), Does.Contain(first), "the reported browser is a process the worker started");
        var browser = Descendants(first).Append(first).ToArray();
        Assert.That(browser, Has.Length.GreaterThan(1), "the browser process has its renderer and helper processes under it");

        // Only that one process: the browser's helpers must go down with it, or it was not the browser.
        using (var process = Process.GetProcessById(first))
        {
            process.Kill(entireProcessTree: false);
        }

        await Eventually.UntilAsync(() => browser.All(pid => !IsAlive(pid)), "every process of the killed browser to be gone", TimeSpan.FromSeconds(20));
        var second = await BrowserPidAsync(client);

        Assert.That(second, Is.Not.EqualTo(first), "readiness reports the browser the pool launched after the kill");
        Assert.That(IsAlive(second), Is.True);
    }

    [Test]
    public async Task Ready_shows_the_data_of_the_chromium_check_only()
    {
        await using var worker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost);
        using var client = worker.CreateClient();
        await BrowserPidAsync(client);

        var checks = (await ApiClient.ReadJsonAsync(await client.GetAsync("/health/ready")))["checks"]!.AsObject();

        Assert.That(checks.Select(c => c.Key), Has.Some.StartsWith("masstransit"), "MassTransit's check has data (endpoint addresses) to keep back");
        Assert.That(checks.Where(c => c.Key != "chromium").Select(c => c.Value!["data"]), Is.All.Null);
    }

    /// <summary>The pid in checks.chromium.data.browserPid, once readiness is Healthy.</summary>
    private static async Task<int> BrowserPidAsync(HttpClient client)
    {
        var body = await Eventually.UntilAsync(
            async () => await ApiClient.ReadJsonAsync(await client.GetAsync("/health/ready")),
            b => b["status"]?.GetValue<string>() == "Healthy" && b["checks"]?["chromium"]?["data"]?["browserPid"] is JsonValue,
            "/health/ready to be Healthy with the browser's pid", TimeSpan.FromSeconds(90));
        return body["checks"]!["chromium"]!["data"]!["browserPid"]!.GetValue<int>();
    }

    /// <summary>Every live process whose parent chain reaches <paramref name="ancestor"/>.</summary>
    private static List<int> Descendants(int ancestor)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Stat(pid) is { State: not 'Z' } stat)
            {
                parents[pid] = stat.Parent;
            }
        }

        return parents.Keys.Where(pid =>
        {
            for (var current = pid; parents.TryGetValue(current, out var parent); current = parent)
            {
                if (parent == ancestor)
                {
                    return true;
                }
            }

            return false;
        }).ToList();
    }

    private static bool IsAlive(int pid) => Stat(pid) is { State: not 'Z' };

    /// <summary>/proc/&lt;pid&gt;/stat is "pid (comm) state ppid ..."; comm may hold spaces, so read after the last ')'.</summary>
    private static (char State, int Parent)? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        catch (IOException)
        {
            return null;
        }
    }
}
