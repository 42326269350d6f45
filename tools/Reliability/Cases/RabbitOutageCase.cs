using System.Globalization;
using Npgsql;

namespace ResumeExport.Reliability.Cases;

/// <summary>
/// The whole broker goes away: all three RabbitMQ nodes are SIGKILLed together mid-stream (bulk applies every 3 s), kept
/// down 30 s (a 30-minute outage at the suite's 60× time scale), then started again all at once. Proves: the API keeps
/// answering reads (200, never 5xx) and keeps accepting exports into the outbox; those exports complete after recovery,
/// none before; nothing lost or done twice; readiness answers throughout (its answers are recorded) and every replica
/// is ready again within 60 s of the cluster being back; no replica restarted. Fails when no connection to any of the
/// three AMQP ports was refused during the outage (the fault did not land) or the cluster did not come back whole.
/// </summary>
internal sealed class RabbitOutageCase : IReliabilityCase
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);
    private static readonly int[] Nodes = [1, 2, 3];

    public string Name => "rabbitmq-outage";

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        var starts = context.Starts();
        var user = context.StreamUsers[2];
        // 10 s before, the outage, the cluster's boot (~10-20 s) and about 20 s after: exports are accepted after recovery too.
        var stream = context.StreamAsync("rabbitout", context.Settings.StreamDuration + Outage + TimeSpan.FromSeconds(5), cancellationToken, bulkApplyEvery: TimeSpan.FromSeconds(3));
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);

        // SIGKILL, not a clean stop: the harsher fault (a power cut of the broker's hosts), no queue handover, no
        // "last node down" for RabbitMQ to remember. Each node then waits on boot for the peers it last saw running, so
        // they are started together below; quorum queues need two of three back, and their Raft logs survive a SIGKILL.
        context.Say($"{Name}: SIGKILL all three RabbitMQ nodes, down for {Outage.TotalSeconds:0} s");
        await Task.WhenAll(Nodes.Select(n => context.Faults.KillRabbitNodeAsync(n, cancellationToken)));
        var downAt = DateTimeOffset.UtcNow;

        var answers = new List<(string Replica, ProbeAnswer Answer)>();
        var readiness = new List<(string Replica, int Status)>();
        var refusals = Task.WhenAll(context.Settings.RabbitPorts.Select(port => SuiteContext.RefusedDuringAsync(port, Outage, cancellationToken)));
        using (var probe = new ReplicaProbe())
        {
            while (DateTimeOffset.UtcNow - downAt < Outage)
            {
                foreach (var api in context.Stack.Apis)
                {
                    answers.Add((api.Name, await probe.GetAsync(api.Url, $"/api/resumes/{user.ResumeId}", user.Token, cancellationToken)));
                }

                readiness.AddRange(await Task.WhenAll(context.Stack.Replicas.Select(async r => (r.Name, await context.Stack.ReadyStatusAsync(r, cancellationToken)))));
                await Task.Delay(1000, cancellationToken);
            }
        }

        var refused = await refusals;
        var restartAt = DateTimeOffset.UtcNow;
        context.Say($"{Name}: starting all three nodes together ({refused.Sum(r => r.Refused)}/{refused.Sum(r => r.Probes)} AMQP connections refused while down)");
        var failures = new List<string>();
        try
        {
            await Task.WhenAll(Nodes.Select(n => context.Faults.StartRabbitNodeAsync(n, cancellationToken)));
        }
        catch (InvalidOperationException exception)
        {
            failures.Add($"the cluster did not start again: {exception.Message}");
        }

        var clustered = await SuiteContext.UntilAsync(
            async () => (await RunningNodesAsync(context, cancellationToken)) is { } seen && Nodes.All(n => seen.Contains($"rabbit-rel{Text(n)}@", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60), cancellationToken, pollMs: 1000);
        var backAt = DateTimeOffset.UtcNow;
        if (!clustered)
        {
            failures.Add($"the three nodes were not running together within 60 s of their start (node 1 sees {await RunningNodesAsync(context, cancellationToken) ?? "nothing"})");
        }

        context.Say($"{Name}: cluster back {(backAt - restartAt).TotalSeconds:0.0} s after the start (all three running: {clustered})");
        var allReady = await SuiteContext.UntilAsync(
            async () => (await Task.WhenAll(context.Stack.Replicas.Select(r => context.Stack.ReadyStatusAsync(r, cancellationToken)))).All(s => s == 200),
            TimeSpan.FromSeconds(60), cancellationToken);
        var readyAfter = DateTimeOffset.UtcNow - backAt;
        if (!allReady)
        {
            var statuses = await Task.WhenAll(context.Stack.Replicas.Select(async r => $"{r.Name} {await context.Stack.ReadyStatusAsync(r, cancellationToken)}"));
            failures.Add("not every replica was ready within 60 s of the cluster being back: " + string.Join(", ", statuses));
        }

        var recovery = context.RecoveryAsync(downAt, cancellationToken);
        var work = await stream;
        var (audit, transport, _) = await context.FinishAsync(work, cancellationToken);
        var recovered = await recovery;

        var during = work.Exports.Where(e => e.AcceptedAt >= downAt && e.AcceptedAt < restartAt).Select(e => e.Id).ToArray();
        var (completedDuring, completedBeforeRestart) = await CompletionsAsync(context, during, restartAt, cancellationToken);
        if (during.Length == 0)
        {
            failures.Add("the API accepted no export while the broker was down (the outbox should take them)");
        }
        else if (completedDuring < during.Length)
        {
            failures.Add($"only {completedDuring} of the {during.Length} exports accepted during the outage completed");
        }

        if (completedBeforeRestart > 0)
        {
            failures.Add($"{completedBeforeRestart} exports accepted during the outage completed before the broker was started again: it was not down for them");
        }

        var totalRefused = refused.Sum(r => r.Refused);
        if (totalRefused == 0)
        {
            failures.Add($"no connection to any AMQP port ({string.Join(", ", context.Settings.RabbitPorts)}) was refused during the outage: the fault did not land");
        }

        var bad = answers.Where(a => a.Answer.Status != 200).ToArray();
        failures.AddRange(bad.Take(5).Select(a => $"{a.Replica} answered GET /api/resumes/{{id}} with {a.Answer.Status} {a.Answer.MediaType} while the broker was down: {a.Answer.Shortened}"));
        failures.AddRange(readiness.Where(r => r.Status is not (200 or 503)).Take(5).Select(r => $"{r.Replica}'s readiness answered {r.Status} (no answer or not 200/503) while the broker was down"));
        // Backpressure's 503 (decision 34) is the only refusal the stream may meet; the broker's absence must refuse nothing.
        failures.AddRange(work.Refused.Select(r => $"the stream got {r.Value}× {(r.Key == 0 ? "no answer" : r.Key.ToString(CultureInfo.InvariantCulture))} (the API should accept into the outbox while the broker is down)"));
        failures.AddRange(context.RestartedOrDead(starts).Select(r => $"replica restarted or dead: {r}"));
        if (recovered is null)
        {
            failures.Add("no export accepted after the broker went down completed");
        }

        var statusesSeen = string.Join(", ", answers.GroupBy(a => a.Answer.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()}× {g.Key}"));
        var readinessSeen = string.Join("; ", readiness.GroupBy(r => r.Replica).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} " + string.Join("/", g.GroupBy(r => r.Status).OrderBy(s => s.Key).Select(s => $"{s.Count()}× {s.Key}"))));
        var perPort = string.Join(", ", context.Settings.RabbitPorts.Zip(refused, (port, r) => $"{port} {r.Refused}/{r.Probes}"));
        return CaseResult.From(Name, audit, recovered, failures,
            [
                string.Create(CultureInfo.InvariantCulture,
                    $"all three nodes SIGKILLed, down {(restartAt - downAt).TotalSeconds:0.0} s (AMQP refused: {perPort}); started together, all three running {(backAt - restartAt).TotalSeconds:0.0} s later; ") +
                $"exports accepted during the outage: {during.Length}, completed {completedDuring} (all after the restart: {completedBeforeRestart == 0}); " +
                $"GET /api/resumes/{{id}} meanwhile: {statusesSeen}; readiness meanwhile: {readinessSeen}; " +
                string.Create(CultureInfo.InvariantCulture, $"all replicas ready {readyAfter.TotalSeconds:0.0} s after the cluster was back; recovery = from the kill to the first completed export accepted after it"),
                transport,
            ]);
    }

    /// <summary>How many of <paramref name="ids"/> completed, and how many of those completed before <paramref name="restartAt"/>.</summary>
    private static async Task<(int Completed, int CompletedBefore)> CompletionsAsync(SuiteContext context, Guid[] ids, DateTimeOffset restartAt, CancellationToken cancellationToken)
    {
        await using var connection = await context.Auditor.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE status = 'Completed')::int, count(*) FILTER (WHERE status = 'Completed' AND completed_at < @restart)::int
            FROM exports WHERE id = ANY(@ids)
            """, connection);
        command.Parameters.AddWithValue("ids", ids);
        command.Parameters.AddWithValue("restart", restartAt);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    /// <summary>Node 1's running_nodes (JSON), or null while it does not answer.</summary>
    private static async Task<string?> RunningNodesAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await context.Faults.RunAsync(cancellationToken, "rabbit-running-nodes", "1");
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Text(int node) => node.ToString(CultureInfo.InvariantCulture);
}
