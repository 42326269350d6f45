using System.Globalization;

namespace ResumeExport.Reliability.Cases;

/// <summary>
/// The RabbitMQ node leading the render queue is cut off from the other two by a real network partition (iptables
/// rejects every packet between its distribution address/port and theirs, deploy/reliability/partition.sh) for 45 s,
/// then the partition heals (the suite's cluster runs net_ticktime 10 s, so both sides notice within about 12 s). The node is not killed: pause_minority must pause it (its VM runs, its rabbit application
/// stops, its AMQP port closes), the majority carries on, clients move to it, and the node rejoins by itself after the
/// heal. Proves: nothing lost or done twice, no replica restarted, every replica ready again while the node is still
/// cut off. Fails when the node was not paused (rabbit:is_running() never false while its VM lived), the majority still
/// saw it running, no packet was rejected, or it did not rejoin within 180 s of the heal
/// (with net_ticktime 10 s, one run took 91 s: the rabbit application restarts and resyncs after the heal).
/// </summary>
internal sealed class RabbitPartitionCase : IReliabilityCase
{
    private static readonly TimeSpan Partition = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan Rejoin = TimeSpan.FromSeconds(180);

    public string Name => "rabbitmq-partition";

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        var starts = context.Starts();
        var node = await context.Management.LeaderOfAsync("render-export-pdf", cancellationToken);
        var other = node % 3 + 1;
        var beam = int.Parse((await Ctl(context, cancellationToken, "rabbit-beam-pid", Text(node))).Trim(), CultureInfo.InvariantCulture);
        // The stream outlasts the partition, so exports are offered before, during and after the heal.
        var streamFor = Partition + TimeSpan.FromSeconds(20);
        var stream = context.StreamAsync("partition", streamFor > context.Settings.StreamDuration ? streamFor : context.Settings.StreamDuration, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);

        context.Say($"{Name}: partitioning RabbitMQ node {node} (leader of render-export-pdf) from the other two for {Partition.TotalSeconds:0} s");
        var failures = new List<string>();
        await Ctl(context, cancellationToken, "rabbit-partition", Text(node));
        var cutAt = DateTimeOffset.UtcNow;
        try
        {
            // pause_minority: the isolated node sees a minority (itself) and pauses; the two others see it down.
            var paused = await SuiteContext.UntilAsync(
                async () => (await Ctl(context, cancellationToken, "rabbit-running", Text(node))).Trim() == "false", Partition - TimeSpan.FromSeconds(15), cancellationToken, pollMs: 500);
            var pausedAfter = DateTimeOffset.UtcNow - cutAt;
            var vmAlive = ProcessTree.IsAlive(beam);
            // The majority notices only when its distribution link times out (net ticks), later than the node pauses: poll.
            var majoritySees = string.Empty;
            var majorityDropped = await SuiteContext.UntilAsync(
                async () =>
                {
                    majoritySees = (await Ctl(context, cancellationToken, "rabbit-running-nodes", Text(other))).Trim();
                    return !majoritySees.Contains($"rabbit-rel{Text(node)}@", StringComparison.Ordinal) && majoritySees.Contains($"rabbit-rel{Text(other)}@", StringComparison.Ordinal);
                },
                Partition - (DateTimeOffset.UtcNow - cutAt), cancellationToken, pollMs: 500);
            var amqpPort = context.Settings.RabbitPorts[node - 1];
            var refusedAmqp = await ProcessTree.RefusesAsync(amqpPort, cancellationToken);
            if (!paused || !vmAlive)
            {
                failures.Add($"node {node} was not paused by pause_minority (paused: {paused}, its VM pid {beam} alive: {vmAlive}): the fault did not land");
            }

            if (!majorityDropped)
            {
                failures.Add($"node {other} still saw node {node} running during the partition ({majoritySees})");
            }

            // Clients move: every replica is ready again while the node is still cut off.
            var allReady = await SuiteContext.UntilAsync(
                async () => (await Task.WhenAll(context.Stack.Replicas.Select(r => context.Stack.ReadyStatusAsync(r, cancellationToken)))).All(s => s == 200),
                Partition - (DateTimeOffset.UtcNow - cutAt), cancellationToken);
            var readyAfter = DateTimeOffset.UtcNow - cutAt;
            if (!allReady)
            {
                var statuses = await Task.WhenAll(context.Stack.Replicas.Select(async r => $"{r.Name} {await context.Stack.ReadyStatusAsync(r, cancellationToken)}"));
                failures.Add("not every replica was ready on the majority before the partition healed: " + string.Join(", ", statuses));
            }

            var wait = Partition - (DateTimeOffset.UtcNow - cutAt);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var rejected = (await Ctl(context, cancellationToken, "rabbit-partition-rejected")).Trim();
            if (rejected is "0" or "")
            {
                failures.Add("the partition rejected no packet: it cut no traffic");
            }

            await Ctl(context, cancellationToken, "rabbit-heal");
            var healedAt = DateTimeOffset.UtcNow;
            context.Say($"{Name}: healed after {(healedAt - cutAt).TotalSeconds:0.0} s ({rejected} packets rejected)");
            var rejoined = await SuiteContext.UntilAsync(
                async () => (await Ctl(context, cancellationToken, "rabbit-running", Text(node))).Trim() == "true"
                            && (await Ctl(context, cancellationToken, "rabbit-running-nodes", Text(other))).Contains($"rabbit-rel{Text(node)}@", StringComparison.Ordinal),
                Rejoin, cancellationToken, pollMs: 1000);
            var rejoinedAfter = DateTimeOffset.UtcNow - healedAt;
            if (!rejoined)
            {
                failures.Add($"node {node} did not rejoin the cluster within {Rejoin.TotalSeconds:0} s of the heal");
            }

            var recovery = context.RecoveryAsync(cutAt, cancellationToken);
            var work = await stream;
            var (audit, transport, _) = await context.FinishAsync(work, cancellationToken);
            var recovered = await recovery;
            failures.AddRange(context.RestartedOrDead(starts).Select(r => $"replica restarted or dead: {r}"));
            if (recovered is null)
            {
                failures.Add("no export accepted after the partition completed");
            }

            return CaseResult.From(Name, audit, recovered, failures,
                [
                    string.Create(CultureInfo.InvariantCulture,
                        $"partitioned node {node} (iptables, {rejected} packets rejected): paused by pause_minority after {pausedAfter.TotalSeconds:0.0} s (VM alive {vmAlive}, AMQP port refused {refusedAmqp}), node {other} saw {majoritySees}; ") +
                    string.Create(CultureInfo.InvariantCulture,
                        $"all replicas ready {readyAfter.TotalSeconds:0.0} s after the cut; healed after {(healedAt - cutAt).TotalSeconds:0} s, rejoined {rejoinedAfter.TotalSeconds:0.0} s later; recovery = from the cut to the first completed export accepted after it"),
                    transport,
                ]);
        }
        finally
        {
            await Ctl(context, CancellationToken.None, "rabbit-heal");
        }
    }

    private static Task<string> Ctl(SuiteContext context, CancellationToken cancellationToken, params string[] arguments) => context.Faults.RunAsync(cancellationToken, arguments);

    private static string Text(int node) => node.ToString(CultureInfo.InvariantCulture);
}
