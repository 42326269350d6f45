namespace ResumeExport.Reliability.Cases;

/// <summary>
/// The RabbitMQ node leading the render queue is SIGKILLed mid-stream and started again 15 s later. Proves: quorum queues
/// keep every message, clients that list all three nodes move to a live one, the relays keep publishing (a publish
/// that lost its confirm is sent again, and the consumers drop the copy).
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
        await Task.Delay(TimeSpan.FromSeconds(15), cancellationToken);
        context.Say($"{Name}: starting node {node} again");
        await context.Faults.StartRabbitNodeAsync(node, cancellationToken);

        var work = await stream;
        var (audit, transport, _) = await context.FinishAsync(work, cancellationToken);
        var recovered = await recovery;
        var failures = context.RestartedOrDead(starts).Select(r => $"replica restarted or dead: {r}").ToList();
        if (recovered is null)
        {
            failures.Add("no export accepted after the kill completed");
        }

        return CaseResult.From(Name, audit, recovered, failures,
            [$"killed node {node}; recovery = from the kill to the first completed export accepted after it (the node was down 15 s)", transport]);
    }
}
