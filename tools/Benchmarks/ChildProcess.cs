using System.Diagnostics;

namespace ResumeExport.Benchmarks;

/// <summary>Runs a tool to its end and keeps what it printed (builds, the Node peer, perf reports).</summary>
internal static class ChildProcess
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string tool, string? workingDirectory, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(StartInfo(tool, workingDirectory, arguments)) ?? throw new InvalidOperationException($"{tool} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }

    public static ProcessStartInfo StartInfo(string tool, string? workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
