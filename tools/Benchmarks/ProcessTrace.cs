using System.Diagnostics;
using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>
/// Opt-in CPU profile of one process of the stack during one phase (<c>BENCH_TRACE_DIR=dir</c>): Linux <c>perf record</c>
/// (package linux-perf) samples the process's CPU at 499 Hz with call stacks for a fixed time, then <c>perf report</c>
/// lists where it went, by shared object and symbol. The stack runs with <c>DOTNET_PerfMapEnabled=1</c> in a traced run so
/// perf can name JIT-compiled .NET methods. A traced run's figures include the cost of tracing: use it to find where
/// time goes, not to report speed.
/// </summary>
internal sealed class ProcessTrace
{
    private readonly Process record;
    private readonly string file;

    private ProcessTrace(Process record, string file)
    {
        this.record = record;
        this.file = file;
    }

    public static string? Directory => Environment.GetEnvironmentVariable("BENCH_TRACE_DIR") is { Length: > 0 } dir ? dir : null;

    /// <summary>Starts profiling <paramref name="pid"/> for <paramref name="duration"/> when tracing is on, else null.</summary>
    public static ProcessTrace? Start(int pid, string name, TimeSpan duration)
    {
        if (Directory is not { } directory)
        {
            return null;
        }

        System.IO.Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"{DateTime.UtcNow:HHmmss}-{name}.perf");
        var record = Run("perf", "record", "-F", "499", "-g", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file,
            "--", "sleep", duration.TotalSeconds.ToString("0", CultureInfo.InvariantCulture));
        return new ProcessTrace(record, file);
    }

    /// <summary>Waits for the profile and writes the report beside it: self time by object and symbol, then the call graph.</summary>
    public async Task ReportAsync(CancellationToken cancellationToken)
    {
        await record.WaitForExitAsync(cancellationToken);
        record.Dispose();
        var report = Path.ChangeExtension(file, ".txt");
        using (var flat = Run("perf", "report", "-i", file, "--no-children", "--sort", "dso,symbol", "--percent-limit", "0.3", "--stdio", "-g", "none"))
        {
            var text = await flat.StandardOutput.ReadToEndAsync(cancellationToken);
            await flat.WaitForExitAsync(cancellationToken);
            await File.WriteAllTextAsync(report, text, cancellationToken);
        }

        using (var tree = Run("perf", "report", "-i", file, "--children", "--sort", "symbol", "--percent-limit", "2", "--stdio", "-g", "caller,0.5,callee,function,percent"))
        {
            var text = await tree.StandardOutput.ReadToEndAsync(cancellationToken);
            await tree.WaitForExitAsync(cancellationToken);
            await File.WriteAllTextAsync(Path.ChangeExtension(file, ".tree.txt"), text, cancellationToken);
        }

        Console.WriteLine($"trace: {report}");
    }

    private static Process Run(string tool, params string[] arguments) =>
        Process.Start(ChildProcess.StartInfo(tool, workingDirectory: null, arguments)) ?? throw new InvalidOperationException($"{tool} did not start.");
}
