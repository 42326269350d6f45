namespace ResumeExport.Reliability.Cases;

/// <summary>
/// The browser of PDF worker 1's pool is SIGKILLed every 3 s for 30 s mid-stream (the worker itself keeps running). The
/// suite asks the worker which process that is (its readiness reports the pool's browser pid), checks it is the worker's
/// descendant, kills it and sees it gone. Proves: the pool launches a new browser, renders that died with the browser are
/// retried, every export completes once. Fails when fewer than 5 kills landed or no new browser came after the last.
/// </summary>
internal sealed class ChromiumKillCase : IReliabilityCase
{
    private const int MinimumKills = 5;

    public string Name => "chromium-kill";

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        var starts = context.Starts();
        var worker = context.Stack.PdfWorkers[0];
        var logOffset = new FileInfo(worker.LogFile).Length;
        var stream = context.StreamAsync("chromium", context.Settings.StreamDuration, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        var failures = new List<string>();
        var killed = new List<int>();
        var survivors = new List<int>();
        var lastKill = DateTimeOffset.UtcNow;
        var until = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTimeOffset.UtcNow < until)
        {
            if (await context.Stack.BrowserPidAsync(worker, cancellationToken) is { } pid && !killed.Contains(pid) && !survivors.Contains(pid))
            {
                // Never signal a process the worker did not start, whatever it reported.
                if (!ProcessTree.IsDescendantOf(pid, worker.Pid))
                {
                    failures.Add($"{worker.Name} reported browser pid {pid}, which is not one of its descendants: nothing killed");
                    break;
                }

                ProcessTree.Signal(pid, "KILL");
                if (await SuiteContext.UntilAsync(() => Task.FromResult(!ProcessTree.IsAlive(pid)), TimeSpan.FromSeconds(5), cancellationToken, pollMs: 50))
                {
                    killed.Add(pid);
                    lastKill = DateTimeOffset.UtcNow;
                }
                else
                {
                    survivors.Add(pid);
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        }

        context.Say($"{Name}: {killed.Count} SIGKILLs of {worker.Name}'s browser landed ({string.Join(", ", killed)})");
        var relaunched = await SuiteContext.UntilAsync(
            async () => await context.Stack.BrowserPidAsync(worker, cancellationToken) is { } pid && !killed.Contains(pid) && ProcessTree.IsAlive(pid),
            TimeSpan.FromSeconds(60), cancellationToken);
        DateTimeOffset? firstAfter = null;
        await SuiteContext.UntilAsync(async () => (firstAfter = await context.Auditor.FirstCompletionAfterAsync(lastKill, cancellationToken)) is not null,
            TimeSpan.FromSeconds(60), cancellationToken);

        var work = await stream;
        var (audit, transport, _) = await context.FinishAsync(work, cancellationToken);
        var retried = LogLines.CountSince(worker.LogFile, logOffset, "\"EventId\":3104");
        failures.AddRange(context.RestartedOrDead(starts).Select(r => $"replica restarted or dead: {r}"));
        if (killed.Count < MinimumKills)
        {
            failures.Add($"only {killed.Count} browser kills landed (at least {MinimumKills} expected): the fault did not land");
        }

        if (survivors.Count > 0)
        {
            failures.Add($"{survivors.Count} browser(s) still alive 5 s after SIGKILL: {string.Join(", ", survivors)}");
        }

        if (!relaunched)
        {
            failures.Add("the worker reported no new browser after the last kill");
        }

        return CaseResult.From(Name, audit, killed.Count == 0 ? null : firstAfter - lastKill, failures,
            [
                $"{killed.Count} SIGKILLs of {worker.Name}'s browser landed (pids its readiness reported, each gone after); a new browser after the last: {relaunched}; " +
                $"renders retried after a browser loss: {retried}; recovery = from the last kill to the next completion",
                transport,
            ]);
    }
}
