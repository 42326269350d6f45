using System.Diagnostics;

namespace ResumeExport.Integration.Tests.Support;

/// <summary>
/// A worker (or the API) as a real OS process (the built dll next to the tests), so a test can kill it with SIGKILL the
/// way a crash or an OOM kill would: no graceful shutdown, no acknowledgements, Chromium children gone too; and so each
/// process has its own telemetry pipeline, as in production.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> output = new();

    private WorkerProcess(Process process) => this.process = process;

    /// <summary>The last lines the worker wrote, for failure messages.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, output.TakeLast(40));

    public static WorkerProcess Start(string assemblyName, IDictionary<string, string?> settings)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\"")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Defaults first: settings may override them (the API under test needs a known port).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{assemblyName} did not start.");
        var worker = new WorkerProcess(process);

        // Drain the pipes (a chatty worker must never block on a full buffer), keeping the tail for diagnosis.
        process.OutputDataReceived += (_, line) => worker.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => worker.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    public bool HasExited => process.HasExited;

    /// <summary>SIGTERM, as an orchestrator stopping the process: it should drain and exit within its grace period.</summary>
    public void Terminate()
    {
        if (!process.HasExited)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })
                ?? throw new InvalidOperationException("kill did not start.");
            kill.WaitForExit();
        }
    }

    /// <summary>True when the process exited within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL to the worker and its children (Chromium): nothing gets to clean up.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200 && output.TryDequeue(out _))
        {
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
