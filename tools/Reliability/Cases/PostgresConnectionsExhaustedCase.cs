using System.Globalization;

namespace ResumeExport.Reliability.Cases;

/// <summary>
/// PostgreSQL runs out of connections: a client of the stack's own (non-superuser) role takes every non-reserved slot for
/// about 30 s mid-stream, and cuts the replicas' pooled connections once so their pools must ask for new ones, then lets go.
/// Proves: the API answers a clean 503 problem with Retry-After (never a 500), no process restarts, nothing accepted is
/// lost or done twice, readiness answers throughout and every replica is ready again after. Fails when no replica was
/// refused with SQLSTATE 53300 ("remaining connection slots are reserved" for a non-superuser, "too many clients"),
/// seen in the replicas' logs or as refusals in the server's log beyond the hog's own.
/// </summary>
internal sealed class PostgresConnectionsExhaustedCase : IReliabilityCase
{
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(30);

    public string Name => "postgres-connections-exhausted";

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        var starts = context.Starts();
        var user = context.StreamUsers[1];
        var offsets = context.Stack.Replicas.ToDictionary(r => r.Name, r => new FileInfo(r.LogFile).Length);
        var serverLog = Path.Combine(context.Settings.WorkDirectory, "pg", "server.log");
        var serverLogOffset = File.Exists(serverLog) ? new FileInfo(serverLog).Length : 0;
        // The stream outlasts the hold by 25 s, so exports are accepted after the release (recovery is measured on them).
        var stream = context.StreamAsync("pgfull", context.Settings.StreamDuration + TimeSpan.FromSeconds(25), cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(8), cancellationToken);

        var failures = new List<string>();
        var answers = new List<(string Replica, ProbeAnswer Answer)>();
        var readiness = new List<(string Replica, int Status)>();
        var terminated = 0;
        using var probe = new ReplicaProbe();
        DateTimeOffset filledAt, releasedAt;
        await using (var hog = new ConnectionHog(context.Settings))
        {
            context.Say($"{Name}: taking every free connection of PostgreSQL for {Hold.TotalSeconds:0} s");
            await hog.FillAsync(cancellationToken);
            filledAt = DateTimeOffset.UtcNow;
            var replicaNames = context.Stack.Replicas.Select(r => r.Name).ToArray();
            var lastCut = DateTimeOffset.MinValue;
            while (DateTimeOffset.UtcNow - filledAt < Hold)
            {
                // Cut the replicas' connections every 10 s and take the freed slots at once, so their pools stay starved.
                if (DateTimeOffset.UtcNow - lastCut >= TimeSpan.FromSeconds(10))
                {
                    lastCut = DateTimeOffset.UtcNow;
                    terminated += await hog.TerminateAsync(replicaNames, cancellationToken);
                    for (var i = 0; i < 8; i++)
                    {
                        await hog.FillAsync(cancellationToken);
                        await Task.Delay(50, cancellationToken);
                    }
                }

                foreach (var api in context.Stack.Apis)
                {
                    answers.Add((api.Name, await probe.GetAsync(api.Url, $"/api/resumes/{user.ResumeId}", user.Token, cancellationToken)));
                }

                var round = await Task.WhenAll(context.Stack.Replicas.Select(async r => (r.Name, await context.Stack.ReadyStatusAsync(r, cancellationToken))));
                readiness.AddRange(round);
                await hog.FillAsync(cancellationToken);
                await Task.Delay(700, cancellationToken);
            }

            context.Say($"{Name}: releasing the connections ({hog.Describe()}, {terminated} replica connections cut)");
            failures.AddRange(hog.RefusedTooMany == 0 ? ["the hog was never refused itself: it did not take every slot"] : []);
            var hogNote = hog.Describe();
            await hog.DisposeAsync();
            releasedAt = DateTimeOffset.UtcNow;

            var allReady = await SuiteContext.UntilAsync(
                async () => (await Task.WhenAll(context.Stack.Replicas.Select(r => context.Stack.ReadyStatusAsync(r, cancellationToken)))).All(s => s == 200),
                TimeSpan.FromSeconds(60), cancellationToken);
            var readyAfter = DateTimeOffset.UtcNow - releasedAt;
            if (!allReady)
            {
                failures.Add("not every replica was ready again within 60 s of the release");
            }

            var recovery = context.RecoveryAsync(releasedAt, cancellationToken);
            var work = await stream;
            var (audit, transport, _) = await context.FinishAsync(work, cancellationToken);
            var recovered = await recovery;

            // Did the fault land: replicas refused by the server (their logs), or refusals in the server's log beyond the hog's own.
            var refusedInLogs = context.Stack.Replicas
                .Select(r => (r.Name, Count: LogLines.CountSince(r.LogFile, offsets[r.Name], "53300:")))
                .Where(r => r.Count > 0).ToArray();
            // A non-superuser past the limit gets 53300 as "remaining connection slots are reserved …" (past every slot: "too many clients").
            var serverRefusals = File.Exists(serverLog)
                ? LogLines.CountSince(serverLog, serverLogOffset, "remaining connection slots are reserved") + LogLines.CountSince(serverLog, serverLogOffset, "too many clients")
                : 0;
            if (refusedInLogs.Length == 0 && serverRefusals <= hog.RefusedTooMany)
            {
                failures.Add($"no replica was refused with 53300 (replica logs: none; server log: {serverRefusals} refusals, the hog's own {hog.RefusedTooMany}): the fault did not land");
            }

            var bad = answers.Where(a => a.Answer.Status is not (200 or 503) || (a.Answer.Status == 503 && !a.Answer.IsCleanRetryable)).ToArray();
            failures.AddRange(bad.Take(5).Select(a => $"{a.Replica} answered {a.Answer.Status} {a.Answer.MediaType} (Retry-After {a.Answer.RetryAfter ?? "none"}): {a.Answer.Shortened}"));
            failures.AddRange(readiness.Where(r => r.Status is not (200 or 503)).Take(5).Select(r => $"{r.Replica}'s readiness answered {r.Status} (no answer or not 200/503) while the connections were taken"));
            failures.AddRange(work.Refused.Where(r => r.Key is not 503).Select(r => $"the stream got {r.Value}× {r.Key} (only 503 is expected while the database is full)"));
            failures.AddRange(context.RestartedOrDead(starts).Select(r => $"replica restarted or dead: {r}"));
            if (recovered is null)
            {
                failures.Add("no export accepted after the release completed");
            }

            var statuses = string.Join(", ", answers.GroupBy(a => a.Answer.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()}× {g.Key}"));
            var notReady = string.Join(", ", readiness.Where(r => r.Status != 200).GroupBy(r => r.Replica).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Count()}"));
            var logged = refusedInLogs.Length == 0 ? "none" : string.Join(", ", refusedInLogs.Select(r => $"{r.Name} {r.Count}"));
            return CaseResult.From(Name, audit, recovered, failures,
                [
                    string.Create(CultureInfo.InvariantCulture,
                        $"connections taken {(releasedAt - filledAt).TotalSeconds:0.0} s ({hogNote}; {terminated} replica connections cut); 53300 in replica logs: {logged}; in the server log: {serverRefusals}; ") +
                    $"API probes meanwhile: {statuses} (every 503 a problem with Retry-After); readiness 503 rounds: {(notReady.Length == 0 ? "none" : notReady)}; " +
                    string.Create(CultureInfo.InvariantCulture, $"all replicas ready {readyAfter.TotalSeconds:0.0} s after the release; recovery = from the release to the first completed export accepted after it"),
                    transport,
                ]);
        }
    }
}
