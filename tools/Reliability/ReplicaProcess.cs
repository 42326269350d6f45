using System.Diagnostics;
using System.Globalization;

namespace ResumeExport.Reliability;

/// <summary>
/// One replica of a process of the stack (<c>dotnet &lt;dll&gt;</c>, Release build), its output appended to a log file.
/// It can be SIGKILLed like a crash (with its Chromium children) or stopped gracefully, and started again.
/// </summary>
internal sealed class ReplicaProcess : IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);
    private readonly IReadOnlyDictionary<string, string> environment;
    private readonly string logFile;
    private readonly Lock logGate = new();
    private Process? process;
    private StreamWriter? log;

    public ReplicaProcess(string name, string role, string dll, int port, IReadOnlyDictionary<string, string> environment, string logFile)
    {
        Name = name;
        Role = role;
        Dll = dll;
        Port = port;
        this.environment = environment;
        this.logFile = logFile;
    }

    public string Name { get; }

    public string Dll { get; }

    /// <summary><c>api</c>, <c>pdf</c> or <c>email</c>.</summary>
    public string Role { get; }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}");

    public int Pid => process?.Id ?? 0;

    public bool IsRunning => process is { HasExited: false };

    /// <summary>How many times this replica was started (a restart after a kill counts).</summary>
    public int Starts { get; private set; }

    public string LogFile => logFile;

    public void Start() => Start(null);

    /// <summary>
    /// Starts the replica with its settings plus <paramref name="overrides"/> (e.g. another storage driver for one case);
    /// a later <see cref="Start()"/> starts it with its own settings again.
    /// </summary>
    public void Start(IReadOnlyDictionary<string, string>? overrides)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = Url.ToString().TrimEnd('/');
        lock (logGate)
        {
            log ??= new StreamWriter(logFile, append: true) { AutoFlush = true };
            log.WriteLine($"---- {DateTimeOffset.UtcNow:O} start #{Starts + 1} of {Name}");
        }

        process = Process.Start(start) ?? throw new InvalidOperationException($"{Name} did not start.");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Starts++;
    }

    /// <summary>SIGKILL to the process and its children (Chromium): no graceful shutdown, no acknowledgements.</summary>
    public void Kill()
    {
        if (process is { HasExited: false } running)
        {
            running.Kill(entireProcessTree: true);
            running.WaitForExit();
        }

        Note($"SIGKILLed by the suite at {DateTimeOffset.UtcNow:O}");
    }

    public async Task StopAsync()
    {
        if (process is not { HasExited: false } running)
        {
            return;
        }

        ProcessTree.Signal(running.Id, "TERM");
        using var grace = new CancellationTokenSource(StopGrace);
        try
        {
            await running.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            Note($"did not stop within {StopGrace.TotalSeconds:0} s: killing its process tree");
        }

        if (!running.HasExited)
        {
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            process?.Dispose();
            lock (logGate)
            {
                log?.Dispose();
                log = null;
            }
        }
    }

    private void Note(string text) => Keep($"---- {Name}: {text}");

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (logGate)
        {
            log?.WriteLine(line);
        }
    }
}
