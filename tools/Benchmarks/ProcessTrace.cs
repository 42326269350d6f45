using System.Diagnostics;
using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>
/// Opt-in CPU profile of one process of the stack during one phase (<c>BENCH_TRACE_DIR=dir</c>): <c>dotnet-trace collect
/// --profile dotnet-sampled-thread-time</c> attached by pid for a fixed time, then <c>dotnet-trace report … topN</c> of the
/// methods. Needs the dotnet-trace global tool (<c>dotnet tool install -g dotnet-trace</c>). A traced run's figures are
/// inflated by the tracing itself: use it to find where time goes, not to report speed.
/// </summary>
internal sealed class ProcessTrace
{
    private readonly Process collect;
    private readonly string file;

    private ProcessTrace(Process collect, string file)
    {
        this.collect = collect;
        this.file = file;
    }

    public static string? Directory => Environment.GetEnvironmentVariable("BENCH_TRACE_DIR") is { Length: > 0 } dir ? dir : null;

    /// <summary>Starts tracing <paramref name="pid"/> for <paramref name="duration"/> when tracing is on, else null.</summary>
    public static ProcessTrace? Start(int pid, string name, TimeSpan duration)
    {
        if (Directory is not { } directory)
        {
            return null;
        }

        System.IO.Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"{DateTime.UtcNow:HHmmss}-{name}.nettrace");
        var start = new ProcessStartInfo(Tool()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "--profile", "dotnet-sampled-thread-time",
            "--duration", duration.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture), "-o", file,
        })
        {
            start.ArgumentList.Add(argument);
        }

        var collect = Process.Start(start) ?? throw new InvalidOperationException("dotnet-trace did not start.");
        collect.OutputDataReceived += (_, _) => { };
        collect.ErrorDataReceived += (_, _) => { };
        collect.BeginOutputReadLine();
        collect.BeginErrorReadLine();
        return new ProcessTrace(collect, file);
    }

    /// <summary>Waits for the trace and prints the top methods by exclusive time.</summary>
    public async Task ReportAsync(CancellationToken cancellationToken)
    {
        await collect.WaitForExitAsync(cancellationToken);
        var start = new ProcessStartInfo(Tool()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "report", file, "topN", "-n", "40" })
        {
            start.ArgumentList.Add(argument);
        }

        using var report = Process.Start(start) ?? throw new InvalidOperationException("dotnet-trace did not start.");
        var text = await report.StandardOutput.ReadToEndAsync(cancellationToken);
        await report.WaitForExitAsync(cancellationToken);
        await File.WriteAllTextAsync(Path.ChangeExtension(file, ".top.txt"), text, cancellationToken);
        Console.WriteLine($"trace: {file} (top methods in {Path.ChangeExtension(file, ".top.txt")})");
    }

    private static string Tool()
    {
        var global = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-trace");
        return File.Exists(global) ? global : "dotnet-trace";
    }
}
