using System.Diagnostics;

namespace ResumeExport.Benchmarks;

/// <summary>
/// One process of the stack under test (<c>dotnet &lt;dll&gt;</c>), its output drained into a small ring buffer so a failed
/// start can show why. Stopped with SIGTERM (graceful: the PDF worker closes Chromium), SIGKILL to the whole tree after a grace period.
/// </summary>
internal sealed class StackProcess : IAsyncDisposable
{
    private const int TailLines = 60;
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);
    private readonly Process process;
    private readonly Queue<string> tail = new();
    private readonly Lock tailGate = new();
    private StreamWriter? log;

    private StackProcess(string name, string url, Process process)
    {
        Name = name;
        Url = url;
        this.process = process;
    }

    public string Name { get; }

    /// <summary>Where it listens (<c>ASPNETCORE_URLS</c>).</summary>
    public string Url { get; }

    public bool HasExited => process.HasExited;

    public int Id => process.Id;

    /// <summary>CPU time of the .NET process itself (Chromium's renderer processes are not included).</summary>
    public TimeSpan CpuTime => process.HasExited ? TimeSpan.Zero : process.TotalProcessorTime;

    /// <param name="logFile">When set, every output line is also appended there.</param>
    public static StackProcess Start(string name, string url, string dllPath, IReadOnlyDictionary<string, string> environment, string? logFile = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dllPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dllPath);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        var stack = new StackProcess(name, url, process)
        {
            log = logFile is null ? null : new StreamWriter(logFile, append: true) { AutoFlush = true },
        };
        process.OutputDataReceived += (_, e) => stack.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => stack.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return stack;
    }

    public string Tail()
    {
        lock (tailGate)
        {
            return string.Join(Environment.NewLine, tail.Select(l => $"  [{Name}] {l}"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                using (var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])))
                {
                    if (term is not null)
                    {
                        await term.WaitForExitAsync();
                    }
                }

                using var grace = new CancellationTokenSource(StopGrace);
                try
                {
                    await process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    Console.Error.WriteLine($"{Name} did not stop within {StopGrace.TotalSeconds:0} s: killing its process tree");
                }
            }

            // Also when it exited: a leftover child (Chromium) of a crashed worker dies with the tree.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            Console.WriteLine($"stopped {Name} (exit code {process.ExitCode})");
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"stopping {Name}: {exception.Message}");
        }
        finally
        {
            process.Dispose();
            lock (tailGate)
            {
                log?.Dispose();
                log = null;
            }
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (tailGate)
        {
            log?.WriteLine(line);
            tail.Enqueue(line);
            while (tail.Count > TailLines)
            {
                tail.Dequeue();
            }
        }
    }
}
