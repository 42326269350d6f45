using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Contracts;
using ResumeExport.Domain.Users;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Messaging;

/// <summary>
/// The settings a replicated deployment uses (quorum queues, a cluster node list) carry commands end to end over the real
/// broker. Found by the reliability suite: with quorum queues the relay's own queue declaration was refused by RabbitMQ
/// (406, inequivalent x-queue-type), so not one command ever left the outbox.
/// </summary>
[NonParallelizable]
public sealed class QuorumClusterTests : IntegrationFixture
{
    private static readonly Dictionary<string, string?> Quorum = new() { ["RabbitMq:UseQuorumQueues"] = "true" };

    [Test]
    public async Task With_quorum_queues_a_command_written_before_any_worker_started_waits_in_its_queue_and_reaches_the_worker()
    {
        await using var api = new ApiFactory(ConnectionString, VirtualHost, Quorum);
        api.StartServer();
        var message = new RenderExportPdf(Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);
        await CommitAsync(api, message);

        await Eventually.UntilAsync(() => UnsentAsync(api), unsent => unsent == 0, "the relay to publish the command with no worker running");
        var queue = await Eventually.UntilAsync(
            async () => await ApiClient.ReadJsonAsync(await TestServices.RabbitManagement.GetAsync($"queues/{VirtualHost}/{RenderExportPdfProbeConsumer.QueueName}")),
            q => q["messages"]?.GetValue<int>() >= 1,
            "the command to wait in its queue (the management API refreshes every few seconds)");
        Assert.That(queue["type"]!.GetValue<string>(), Is.EqualTo("quorum"));

        await using var worker = await ProbeWorker.StartAsync(ConnectionString, VirtualHost, Quorum);
        await Eventually.UntilAsync(() => worker.Recorder.DeliveriesOf(message.ExportId) > 0, "the worker to consume the command from its quorum queue");
        Assert.That(worker.Recorder.DeliveriesOf(message.ExportId), Is.EqualTo(1));
    }

    [Test]
    public async Task A_client_given_a_cluster_node_list_connects_through_a_live_node_when_another_is_down()
    {
        // Port 1 on loopback refuses connections: a dead node. The client must use the live one, whichever it tries first.
        var cluster = new Dictionary<string, string?>(Quorum)
        {
            ["RabbitMq:ClusterNodes:0"] = "127.0.0.1:1",
            ["RabbitMq:ClusterNodes:1"] = $"{TestServices.RabbitHost}:{TestServices.RabbitPort}",
        };
        // A virtual host of its own: MassTransit 8.5 cannot stop a bus whose first connection attempt failed ("Not Started"),
        // so this worker's consumer outlives the test and would take the other test's messages.
        var vhost = await TestServices.CreateVirtualHostAsync();
        try
        {
            await using var api = new ApiFactory(ConnectionString, vhost, cluster);
            api.StartServer();
            await using var worker = await ProbeWorker.StartAsync(ConnectionString, vhost, cluster);
            var message = new RenderExportPdf(Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);

            await CommitAsync(api, message);

            await Eventually.UntilAsync(() => worker.Recorder.DeliveriesOf(message.ExportId) > 0, "the command to travel over the cluster node list");
        }
        finally
        {
            await TestServices.DeleteVirtualHostAsync(vhost);
        }
    }

    private static async Task CommitAsync(ApiFactory api, RenderExportPdf message)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var user = User.Register(EmailAddress.Parse($"quorum-{message.UserId:N}@example.com"), "hash", "Quorum Test", DateTimeOffset.UtcNow);
        typeof(User).GetProperty(nameof(User.Id))!.SetValue(user, message.UserId);
        scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Add(user);
        scope.ServiceProvider.GetRequiredService<IMessageOutbox>().Enqueue(message);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
    }

    private static async Task<int> UnsentAsync(ApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.CountAsync(m => m.SentAt == null);
    }
}
