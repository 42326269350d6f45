using System.Globalization;
using Npgsql;

namespace ResumeExport.Reliability.Cases;

/// <summary>
/// PDF worker 2 (with its Chromium) and e-mail worker 2 are SIGSTOPped together for 60 s mid-stream, while renders are
/// in flight, then SIGCONTed: a VM pause, a stop-the-world stall or a frozen container. A stopped process keeps its
/// sockets, so the broker keeps its unacknowledged messages until its heartbeat times out and then redelivers them;
/// the resumed process then finishes work that another replica may have done meanwhile. Proves: nothing lost, no export
/// stored twice and no mail sent twice, no replica restarted; the frozen replicas never claim ready while stopped, the
/// other four stay ready throughout, and the frozen two are ready again after. Fails when a process was not seen stopped
/// (state T) or one of the frozen replicas answered its readiness while stopped.
/// </summary>
internal sealed class ReplicaFreezeCase : IReliabilityCase
{
    private static readonly TimeSpan Freeze = TimeSpan.FromSeconds(60);

    public string Name => "replica-sigstop";

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        var starts = context.Starts();
        ReplicaProcess[] frozen = [context.Stack.PdfWorkers[1], context.Stack.EmailWorkers[1]];
        var others = context.Stack.Replicas.Except(frozen).ToArray();
        // 8 s before, up to 10 s waiting for renders, the freeze, and 20 s after the SIGCONT (recovery is measured on those).
        var stream = context.StreamAsync("freeze", Freeze + TimeSpan.FromSeconds(40), cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(8), cancellationToken);

        // Mid-render: wait (up to 10 s) until renders are in flight, so the PDF worker is caught with work in hand.
        var inFlight = 0;
        await SuiteContext.UntilAsync(async () => (inFlight = await ProcessingAsync(context, cancellationToken)) >= 2, TimeSpan.FromSeconds(10), cancellationToken);

        var pids = frozen.SelectMany(r => TreeOf(r.Pid)).ToArray();
        context.Say($"{Name}: SIGSTOP {string.Join(" and ", frozen.Select(r => r.Name))} ({pids.Length} processes, {inFlight} exports processing) for {Freeze.TotalSeconds:0} s");
        var failures = new List<string>();
        foreach (var pid in pids)
        {
            ProcessTree.Signal(pid, "STOP");
        }

        var stoppedAt = DateTimeOffset.UtcNow;
        var rounds = 0;
        var frozenAnswered = new Dictionary<string, int>(StringComparer.Ordinal);
        var othersNotReady = new Dictionary<string, int>(StringComparer.Ordinal);
        bool seenStopped;
        try
        {
            seenStopped = frozen.All(r => ProcessTree.StateOf(r.Pid) == 'T');
            while (DateTimeOffset.UtcNow - stoppedAt < Freeze - TimeSpan.FromSeconds(6))
            {
                rounds++;
                var round = await Task.WhenAll(context.Stack.Replicas.Select(async r => (Replica: r, Status: await context.Stack.ReadyStatusAsync(r, cancellationToken))));
                foreach (var (replica, status) in round)
                {
                    if (frozen.Contains(replica) && status != 0)
                    {
                        frozenAnswered[replica.Name] = frozenAnswered.GetValueOrDefault(replica.Name) + 1;
                    }
                    else if (!frozen.Contains(replica) && status != 200)
                    {
                        othersNotReady[replica.Name] = othersNotReady.GetValueOrDefault(replica.Name) + 1;
                    }
                }

                await Task.Delay(1000, cancellationToken);
            }

            seenStopped &= frozen.All(r => ProcessTree.StateOf(r.Pid) == 'T');
            var wait = Freeze - (DateTimeOffset.UtcNow - stoppedAt);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
        }
        finally
        {
            foreach (var pid in pids)
            {
                ProcessTree.Signal(pid, "CONT");
            }
        }

        var resumedAt = DateTimeOffset.UtcNow;
        context.Say($"{Name}: SIGCONT after {(resumedAt - stoppedAt).TotalSeconds:0.0} s");
        var readyAgain = await SuiteContext.UntilAsync(
            async () => (await Task.WhenAll(context.Stack.Replicas.Select(r => context.Stack.ReadyStatusAsync(r, cancellationToken)))).All(s => s == 200),
            TimeSpan.FromSeconds(60), cancellationToken);
        var readyAfter = DateTimeOffset.UtcNow - resumedAt;

        if (!seenStopped)
        {
            failures.Add("a frozen replica was not in state T (stopped) during the freeze: the fault did not land");
        }

        failures.AddRange(frozenAnswered.Select(f => $"{f.Key} answered its readiness {f.Value}× while it was stopped"));
        failures.AddRange(othersNotReady.Select(o => $"{o.Key} was not ready in {o.Value} of {rounds} rounds while another replica was stopped"));
        if (!readyAgain)
        {
            failures.Add("not every replica was ready within 60 s of the SIGCONT");
        }

        var recovery = context.RecoveryAsync(resumedAt, cancellationToken);
        var work = await stream;
        var (audit, transport, _) = await context.FinishAsync(work, cancellationToken);
        var recovered = await recovery;
        failures.AddRange(context.RestartedOrDead(starts).Select(r => $"replica restarted or dead: {r}"));
        failures.AddRange(work.Refused.Select(r => $"the stream got {r.Value}× {r.Key} (a stopped worker must not refuse the API's work)"));
        var retried = await context.Auditor.SentAfterAFailedAttemptAsync(work, cancellationToken);

        return CaseResult.From(Name, audit, recovered, failures,
            [
                string.Create(CultureInfo.InvariantCulture,
                    $"SIGSTOP of {string.Join(" + ", frozen.Select(r => r.Name))} ({pids.Length} processes, {inFlight} exports processing at the stop) for {(resumedAt - stoppedAt).TotalSeconds:0.0} s, seen stopped: {seenStopped}; ") +
                string.Create(CultureInfo.InvariantCulture,
                    $"{rounds} readiness rounds: the frozen answered none, the other four ready in every round: {othersNotReady.Count == 0}; all ready {readyAfter.TotalSeconds:0.0} s after the SIGCONT; mails sent after a failed attempt: {retried}; recovery = from the SIGCONT to the first completed export accepted after it"),
                transport,
            ]);
    }

    /// <summary>The process and every descendant (a PDF worker's Chromium), so the whole replica stops, as a frozen container would.</summary>
    private static int[] TreeOf(int pid) =>
        [pid, .. Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0)
            .Where(p => p > 1 && p != pid && ProcessTree.IsDescendantOf(p, pid))];

    private static async Task<int> ProcessingAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        await using var connection = await context.Auditor.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*)::int FROM exports WHERE status = 'Processing'", connection);
        return (int)(await command.ExecuteScalarAsync(cancellationToken) ?? 0);
    }
}
