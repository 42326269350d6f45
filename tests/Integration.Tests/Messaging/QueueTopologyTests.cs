using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Messaging;

/// <summary>Queues survive a broker restart (durable) and, when configured, a node's death (quorum).</summary>
public sealed class QueueTopologyTests : IntegrationFixture
{
    [Test]
    public async Task Consumer_queues_are_durable_classic_queues_by_default()
    {
        await using var worker = await ProbeWorker.StartAsync(ConnectionString, VirtualHost);

        var queue = await QueueAsync();

        Assert.That(queue["durable"]!.GetValue<bool>(), Is.True);
        Assert.That(queue["type"]!.GetValue<string>(), Is.EqualTo("classic"));
    }

    [Test]
    public async Task Consumer_queues_are_quorum_queues_when_configured()
    {
        var vhost = await TestServices.CreateVirtualHostAsync();
        try
        {
            await using var worker = await ProbeWorker.StartAsync(ConnectionString, vhost, new Dictionary<string, string?> { ["RabbitMq:UseQuorumQueues"] = "true" });

            var queue = await QueueAsync(vhost);

            Assert.That(queue["type"]!.GetValue<string>(), Is.EqualTo("quorum"));
            Assert.That(queue["durable"]!.GetValue<bool>(), Is.True);
        }
        finally
        {
            await TestServices.DeleteVirtualHostAsync(vhost);
        }
    }

    [OneTimeSetUp]
    public async Task MigrateAsync()
    {
        // The probe worker's relay reads the outbox table, so the schema must exist even though no API runs here.
        var services = new ServiceCollection()
            .AddDbContext<AppDbContext>(o => o.UseNpgsql(ConnectionString).UseSnakeCaseNamingConvention())
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
    }

    private async Task<System.Text.Json.Nodes.JsonNode> QueueAsync(string? vhost = null) =>
        await Eventually.UntilAsync(
            async () => await ApiClient.ReadJsonAsync(await TestServices.RabbitManagement.GetAsync($"queues/{vhost ?? VirtualHost}/{RenderExportPdfProbeConsumer.QueueName}")),
            queue => queue["type"] is not null,
            "the consumer queue to be declared");
}
