using System.Collections.Concurrent;

namespace ResumeExport.Reliability.Cases;

/// <summary>
/// PostgreSQL is stopped (fast shutdown: every connection is cut) for about 10 s mid-stream, then started again.
/// Proves: every replica's readiness turns 503 while it is down and 200 again after; API requests meanwhile get a clean
/// 503 problem (no 500, no stack trace, no exception or driver name); no process is restarted; nothing accepted is lost.
/// Fails when no connection to PostgreSQL's port was refused while it was stopped, or the server did not restart.
/// </summary>
internal sealed class PostgresRestartCase : IReliabilityCase
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    public string Name => "postgres-restart";

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        var starts = context.Starts();
        var user = context.StreamUsers[0];
        var stream = context.StreamAsync("pg", context.Settings.StreamDuration, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
        context.Say($"{Name}: stopping PostgreSQL for {Outage.TotalSeconds:0} s");
        await context.Faults.StopPostgresAsync(cancellationToken);
        var stoppedAt = DateTimeOffset.UtcNow;
        var refusing = SuiteContext.RefusedDuringAsync(context.Settings.PostgresPort, Outage - TimeSpan.FromSeconds(1), cancellationToken);

        // While it is down: readiness of all six replicas, and what clients get from reads and writes.
        var failures = new List<string>();
        var allNotReady = await SuiteContext.UntilAsync(
            async () => (await Task.WhenAll(context.Stack.Replicas.Select(r => context.Stack.ReadyStatusAsync(r, cancellationToken)))).All(s => s == 503),
            TimeSpan.FromSeconds(8), cancellationToken);
        if (!allNotReady)
        {
            var statuses = await Task.WhenAll(context.Stack.Replicas.Select(async r => $"{r.Name} {await context.Stack.ReadyStatusAsync(r, cancellationToken)}"));
            failures.Add("readiness did not turn 503 on every replica: " + string.Join(", ", statuses));
        }

        var answers = new ConcurrentBag<ApiResult>();
        while (DateTimeOffset.UtcNow - stoppedAt < Outage - TimeSpan.FromSeconds(1))
        {
            answers.Add(await context.Api.GetAsync("/api/resumes", user, cancellationToken));
            answers.Add(await context.Api.GetAsync($"/api/resumes/{user.ResumeId}", user, cancellationToken));
            answers.Add(await context.Api.RequestExportAsync(user, emailed: false, cancellationToken));
            await Task.Delay(300, cancellationToken);
        }

        failures.AddRange(answers.Where(a => !IsCleanUnavailable(a)).Take(5)
            .Select(a => $"during the outage a request got {a.Status} {a.MediaType}: {Shorten(a.Text)}"));

        var (refused, probes) = await refusing;
        if (refused == 0)
        {
            failures.Add($"no connection to PostgreSQL's port {context.Settings.PostgresPort} was refused while it was stopped: the fault did not land");
        }

        var wait = Outage - (DateTimeOffset.UtcNow - stoppedAt);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken);
        }

        await context.Faults.StartPostgresAsync(cancellationToken);
        var startedAt = DateTimeOffset.UtcNow;
        context.Say($"{Name}: PostgreSQL is back after {(startedAt - stoppedAt).TotalSeconds:0.0} s");
        var allReady = await SuiteContext.UntilAsync(
            async () => (await Task.WhenAll(context.Stack.Replicas.Select(r => context.Stack.ReadyStatusAsync(r, cancellationToken)))).All(s => s == 200),
            TimeSpan.FromSeconds(60), cancellationToken);
        var readyAfter = DateTimeOffset.UtcNow - startedAt;
        var serverStartedAt = await ServerStartedAtAsync(context, cancellationToken);
        if (serverStartedAt is not { } at || at < stoppedAt)
        {
            failures.Add($"the PostgreSQL server was not restarted (it reports starting at {serverStartedAt:O}, the stop was at {stoppedAt:O})");
        }
        if (!allReady)
        {
            failures.Add("not every replica was ready again within 60 s of the restart");
        }

        var recovery = context.RecoveryAsync(startedAt, cancellationToken);
        var work = await stream;
        var (audit, transport, _) = await context.FinishAsync(work, cancellationToken);
        var recovered = await recovery;
        failures.AddRange(context.RestartedOrDead(starts).Select(r => $"replica restarted or dead: {r}"));
        failures.AddRange(work.Refused.Where(r => r.Key is not 503).Select(r => $"the stream got {r.Value}× {r.Key} (only 503 is expected while the database is down)"));
        if (recovered is null)
        {
            failures.Add("no export accepted after the restart completed");
        }

        var statusesSeen = string.Join(", ", answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()}× {g.Key}"));
        return CaseResult.From(Name, audit, recovered, failures,
            [
                $"down {(startedAt - stoppedAt).TotalSeconds:0.0} s ({refused}/{probes} connections to its port refused, the server restarted at {serverStartedAt:HH:mm:ss.f}); probes while down: {statusesSeen}; all replicas ready {readyAfter.TotalSeconds:0.0} s after the restart; " +
                "recovery = from the restart to the first completed export accepted after it",
                transport,
            ]);
    }

    /// <summary>When the running PostgreSQL server started (pg_postmaster_start_time), or null when it does not answer.</summary>
    private static async Task<DateTimeOffset?> ServerStartedAtAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await context.Auditor.OpenAsync(cancellationToken);
            await using var command = new Npgsql.NpgsqlCommand("SELECT pg_postmaster_start_time()", connection);
            return await command.ExecuteScalarAsync(cancellationToken) is DateTime started ? new DateTimeOffset(started, TimeSpan.Zero) : null;
        }
        catch (Npgsql.NpgsqlException)
        {
            return null;
        }
    }

    /// <summary>503 application/problem+json naming no .NET type, driver or stack frame.</summary>
    private static bool IsCleanUnavailable(ApiResult answer) =>
        answer.Status == 503
        && answer.MediaType == "application/problem+json"
        && !answer.Text.Contains("Npgsql", StringComparison.OrdinalIgnoreCase)
        && !answer.Text.Contains("Exception", StringComparison.Ordinal)
        && !answer.Text.Contains(" at ", StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
