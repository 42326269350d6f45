using System.Diagnostics;

namespace ResumeExport.Reliability;

/// <summary>Everything a case works with: the stack, the API, the catcher, the audit, the faults, and the users.</summary>
internal sealed class SuiteContext(
    SuiteSettings settings, Stack stack, SuiteApi api, SmtpCatcher catcher, Auditor auditor, FaultControl faults, RabbitManagement management,
    RelayTap tap, IReadOnlyList<SuiteUser> streamUsers)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public SuiteSettings Settings => settings;

    public Stack Stack => stack;

    public SuiteApi Api => api;

    public SmtpCatcher Catcher => catcher;

    public Auditor Auditor => auditor;

    public FaultControl Faults => faults;

    public RabbitManagement Management => management;

    public RelayTap Tap => tap;

    /// <summary>Team-plan users the fault cases' streams spread their exports and bulk applies over.</summary>
    public IReadOnlyList<SuiteUser> StreamUsers => streamUsers;

    public void Say(string text) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {text}");

    /// <summary>The case's stream in the background: exports at the configured rate, a bulk apply every few seconds.</summary>
    public Task<SentWork> StreamAsync(string tag, TimeSpan duration, CancellationToken cancellationToken, double? exportsPerSecond = null, TimeSpan? bulkApplyEvery = null) =>
        WorkStream.RunAsync(api, streamUsers, duration, exportsPerSecond ?? settings.StreamExportsPerSecond, bulkApplyEvery ?? TimeSpan.FromSeconds(5), tag, cancellationToken);

    /// <summary>How many times each replica was started so far: a case compares against it at its end.</summary>
    public IReadOnlyDictionary<string, int> Starts() => stack.Replicas.ToDictionary(r => r.Name, r => r.Starts);

    /// <summary>Replicas started again since <paramref name="before"/>, or not running: "recovers without restart" fails on them.</summary>
    public IEnumerable<string> RestartedOrDead(IReadOnlyDictionary<string, int> before, params ReplicaProcess[] except) =>
        stack.Replicas.Where(r => !except.Contains(r) && (r.Starts != before[r.Name] || !r.IsRunning))
            .Select(r => $"{r.Name} (started {r.Starts - before[r.Name]}× more, running {r.IsRunning})");

    /// <summary>Waits until <paramref name="condition"/> holds or the timeout passes; true when it held.</summary>
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, CancellationToken cancellationToken, int pollMs = 250)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(pollMs, cancellationToken);
        }
    }

    /// <summary>
    /// Probes 127.0.0.1:<paramref name="port"/> twice a second for <paramref name="duration"/>: how many connections were
    /// refused. A fault that closes a port and yields zero did not land.
    /// </summary>
    public static async Task<(int Refused, int Probes)> RefusedDuringAsync(int port, TimeSpan duration, CancellationToken cancellationToken)
    {
        var until = DateTimeOffset.UtcNow + duration;
        var (refused, probes) = (0, 0);
        while (DateTimeOffset.UtcNow < until)
        {
            probes++;
            refused += await ProcessTree.RefusesAsync(port, cancellationToken) ? 1 : 0;
            var wait = until - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait < TimeSpan.FromMilliseconds(500) ? wait : TimeSpan.FromMilliseconds(500), cancellationToken);
            }
        }

        return (refused, probes);
    }

    /// <summary>Seconds from <paramref name="from"/> until the pipeline completed an export accepted after it (null: never, within the drain).</summary>
    public async Task<TimeSpan?> RecoveryAsync(DateTimeOffset from, CancellationToken cancellationToken)
    {
        DateTimeOffset? completed = null;
        await UntilAsync(async () => (completed = await auditor.FirstCompletionOfExportAcceptedAfterAsync(from, cancellationToken)) is not null,
            settings.DrainTimeout, cancellationToken, pollMs: 500);
        return completed is { } at ? at - from : null;
    }

    /// <summary>Drain, audit, and the transport-level re-publishes seen by the relay taps (at-least-once; never a business duplicate).</summary>
    public async Task<(AuditResult Audit, string TransportNote, Dictionary<Guid, int> Publishes)> FinishAsync(SentWork work, CancellationToken cancellationToken)
    {
        var drained = await auditor.WaitDrainedAsync(work, cancellationToken);
        var audit = await auditor.AuditAsync(work, cancellationToken);
        var publishes = await tap.DrainAsync(cancellationToken);
        var republished = publishes.Values.Sum(n => n - 1);
        var note = $"relay publishes {publishes.Count} messages, {republished} re-published (at-least-once); refused requests: {work.RefusedText}";
        return (drained ? audit : audit with { Problems = [.. audit.Problems, $"not drained within {settings.DrainTimeout.TotalSeconds:0} s"] }, note, publishes);
    }
}
