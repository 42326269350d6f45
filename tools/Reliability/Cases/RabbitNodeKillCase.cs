namespace ResumeExport.Reliability.Cases;

/// <summary>
/// The RabbitMQ node leading the render queue is SIGKILLed mid-stream and started again 15 s later. Proves: quorum queues
/// keep every message, clients that list all three nodes move to a live one, the relays keep publishing (a publish
/// that lost its confirm is sent again, and the consumers drop the copy). Fails when no connection to the node's AMQP
/// port was refused while it was down (the kill did not land) or the node did not come back.
/// </summary>
internal sealed class RabbitNodeKillCase : IReliabilityCase
{
    public string Name => "rabbitmq-node-kill";

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        var starts = context.Starts();
        var node = await context.Management.LeaderOfAsync("render-export-pdf", cancellationToken);
        var stream = context.StreamAsync("rabbit", context.Settings.StreamDuration, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
        context.Say($"{Name}: SIGKILL RabbitMQ node {node} (leader of render-export-pdf)");
        var killedAt = DateTimeOffset.UtcNow;
        await context.Faults.KillRabbitNodeAsync(node, cancellationToken);
        var recovery = context.RecoveryAsync(killedAt, cancellationToken);
        var amqpPort = context.Settings.RabbitPorts[node - 1];
        var (refused, probes) = await SuiteContext.RefusedDuringAsync(amqpPort, TimeSpan.FromSeconds(15), cancellationToken);
        context.Say($"{Name}: starting node {node} again ({refused}/{probes} connections to its port refused while it was down)");
        await context.Faults.StartRabbitNodeAsync(node, cancellationToken);
        var back = await SuiteContext.UntilAsync(async () => !await ProcessTree.RefusesAsync(amqpPort, cancellationToken), TimeSpan.FromSeconds(60), cancellationToken);

        var work = await stream;
        var (audit, transport, _) = await context.FinishAsync(work, cancellationToken);
        var recovered = await recovery;
        var failures = context.RestartedOrDead(starts).Select(r => $"replica restarted or dead: {r}").ToList();
        if (recovered is null)
        {
            failures.Add("no export accepted after the kill completed");
        }

        if (refused == 0)
        {
            failures.Add($"no connection to node {node}'s AMQP port {amqpPort} was refused while it was down: the fault did not land");
        }

        if (!back)
        {
            failures.Add($"node {node} did not accept connections again within 60 s of its restart");
        }

        return CaseResult.From(Name, audit, recovered, failures,
            [$"killed node {node}: {refused}/{probes} connections to its AMQP port refused while it was down, back after the restart: {back}; " +
             "recovery = from the kill to the first completed export accepted after it (the node was down 15 s)", transport]);
    }
}
