namespace ResumeExport.Reliability.Cases;

/// <summary>
/// A batch of exports (200 by default) is enqueued; once a fifth of it is done, PDF worker replica 2 is SIGKILLed with its
/// Chromium (no graceful shutdown, no acknowledgements) and started again 15 s later. Proves: its unacknowledged messages
/// return to the quorum queue and finish on the other replica, each export stored once. Fails when the replica was
/// still running after the kill, was not started again once, or the kill came after the batch was done.
/// </summary>
internal sealed class PdfWorkerKillCase : IReliabilityCase
{
    public string Name => "pdf-worker-kill";

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        var starts = context.Starts();
        var batch = context.Settings.PdfKillBatch;

        // The batch at 20/s plus a few bulk applies: the workers fall behind at once, so the kill lands mid-batch.
        var stream = context.StreamAsync("pdfkill", TimeSpan.FromSeconds(batch / 20.0), cancellationToken, exportsPerSecond: 20, bulkApplyEvery: TimeSpan.FromSeconds(3));
        var victim = context.Stack.PdfWorkers[1];
        var completedAtKill = 0;
        var since = DateTimeOffset.UtcNow;
        await SuiteContext.UntilAsync(async () => (completedAtKill = await CompletedSinceAsync(context, since, cancellationToken)) >= batch / 5,
            TimeSpan.FromSeconds(180), cancellationToken, pollMs: 100);
        context.Say($"{Name}: SIGKILL {victim.Name} (pid {victim.Pid}) with {completedAtKill} exports completed");
        var killedAt = DateTimeOffset.UtcNow;
        var victimPid = victim.Pid;
        var victimStarts = victim.Starts;
        victim.Kill();
        var killLanded = !victim.IsRunning && !ProcessTree.IsAlive(victimPid);
        DateTimeOffset? firstAfter = null;
        await SuiteContext.UntilAsync(async () => (firstAfter = await context.Auditor.FirstCompletionAfterAsync(killedAt, cancellationToken)) is not null,
            TimeSpan.FromSeconds(60), cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(15), cancellationToken);
        context.Say($"{Name}: starting {victim.Name} again");
        victim.Start();
        await context.Stack.WaitReadyAsync(victim, cancellationToken);

        var work = await stream;
        var (audit, transport, _) = await context.FinishAsync(work, cancellationToken);
        var failures = context.RestartedOrDead(starts, victim).Select(r => $"replica restarted or dead: {r}").ToList();
        if (!killLanded)
        {
            failures.Add($"{victim.Name} (pid {victimPid}) was still running after the SIGKILL: the fault did not land");
        }

        if (victim.Starts != victimStarts + 1 || !victim.IsRunning)
        {
            failures.Add($"{victim.Name} was not started again exactly once after the kill (started {victim.Starts - victimStarts}×, running {victim.IsRunning})");
        }

        if (completedAtKill >= audit.ExportsSent)
        {
            failures.Add("the kill did not land mid-batch");
        }

        return CaseResult.From(Name, audit, firstAfter - killedAt, failures,
            [$"{audit.ExportsSent} exports, {completedAtKill} completed at the kill; SIGKILL of {victim.Name} (pid {victimPid}) landed: {killLanded}, started again: {victim.Starts - victimStarts}×; recovery = from the kill to the next completion (by pdf-1)", transport]);
    }

    private static async Task<int> CompletedSinceAsync(SuiteContext context, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await context.Auditor.OpenAsync(cancellationToken);
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*)::int FROM exports WHERE status = 'Completed' AND requested_at >= @since", connection);
        command.Parameters.AddWithValue("since", since);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
