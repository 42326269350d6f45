namespace ResumeExport.Reliability.Cases;

/// <summary>
/// Chromium under PDF worker 1 is SIGKILLed every 3 s for 30 s mid-stream (the worker itself keeps running). Proves: the
/// browser pool launches a new Chromium, renders that died with the browser are retried, every export completes once.
/// </summary>
internal sealed class ChromiumKillCase : IReliabilityCase
{
    public string Name => "chromium-kill";

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        var starts = context.Starts();
        var worker = context.Stack.PdfWorkers[0];
        var stream = context.StreamAsync("chromium", context.Settings.StreamDuration, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        var killed = new List<int>();
        var lastKill = DateTimeOffset.UtcNow;
        var until = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTimeOffset.UtcNow < until)
        {
            if (worker.ChromiumPid() is { } pid && !killed.Contains(pid))
            {
                ProcessTree.Signal(pid, "KILL");
                killed.Add(pid);
                lastKill = DateTimeOffset.UtcNow;
            }

            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        }

        context.Say($"{Name}: killed {killed.Count} Chromium processes of {worker.Name}");
        var relaunched = await SuiteContext.UntilAsync(
            () => Task.FromResult(worker.ChromiumPid() is { } pid && !killed.Contains(pid)), TimeSpan.FromSeconds(60), cancellationToken);
        DateTimeOffset? firstAfter = null;
        await SuiteContext.UntilAsync(async () => (firstAfter = await context.Auditor.FirstCompletionAfterAsync(lastKill, cancellationToken)) is not null,
            TimeSpan.FromSeconds(60), cancellationToken);

        var work = await stream;
        var (audit, transport, _) = await context.FinishAsync(work, cancellationToken);
        var failures = context.RestartedOrDead(starts).Select(r => $"replica restarted or dead: {r}").ToList();
        if (killed.Count < 5)
        {
            failures.Add($"only {killed.Count} Chromium kills landed (a new browser was not seen in time)");
        }

        if (!relaunched)
        {
            failures.Add("no new Chromium under the worker after the last kill");
        }

        return CaseResult.From(Name, audit, firstAfter - lastKill, failures,
            [$"{killed.Count} SIGKILLs of {worker.Name}'s Chromium; a new one after the last: {relaunched}; recovery = from the last kill to the next completion", transport]);
    }
}
