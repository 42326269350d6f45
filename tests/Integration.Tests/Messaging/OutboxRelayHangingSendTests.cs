using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Messaging.Outbox;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Contracts;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Messaging;

/// <summary>
/// A relay pass whose sends hang (the broker connection torn down under them) ends at the publish timeout, records the
/// failed attempt and releases its rows, so another relay can publish them. In the rabbitmq-partition case a pass that
/// never ended kept its batch locked FOR UPDATE and every other relay skipped those rows: 16 exports were lost.
/// </summary>
public sealed class OutboxRelayHangingSendTests : IntegrationFixture
{
    [Test]
    public async Task A_pass_whose_sends_never_return_ends_at_the_publish_timeout_and_leaves_its_rows_free_to_retry()
    {
        await using var api = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?> { ["Outbox:RelayEnabled"] = "false" });
        api.StartServer();
        var (_, userId) = await ApiClient.RegisterAsync(api.CreateClient());
        await using (var scope = api.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IMessageOutbox>().Enqueue(new RenderExportPdf(Guid.NewGuid(), userId, DateTimeOffset.UtcNow));
            scope.ServiceProvider.GetRequiredService<IMessageOutbox>().Enqueue(new RenderExportPdf(Guid.NewGuid(), userId, DateTimeOffset.UtcNow));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }

        var hanging = ActivatorUtilities.CreateInstance<OutboxRelay>(api.Services, HangingBus.Create());
        var settings = api.Services.GetRequiredService<IOptions<OutboxOptions>>().Value;
        settings = new OutboxOptions { BatchSize = settings.BatchSize, PublishTimeout = TimeSpan.FromMilliseconds(500) };

        // Before the fix this pass never returned; the deadline turns that into a failure instead of a hung run.
        var result = await hanging.RelayBatchAsync(settings, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(result.Published, Is.Zero);
        Assert.That(result.Failed, Is.True);
        var rows = await UnsentRowsAsync(api);
        Assert.That(rows.Select(r => r.Attempts), Is.All.EqualTo(1), "each row records its failed attempt");
        var working = ActivatorUtilities.CreateInstance<OutboxRelay>(api.Services);
        var retried = await working.RelayBatchAsync(api.Services.GetRequiredService<IOptions<OutboxOptions>>().Value, CancellationToken.None);
        Assert.That(retried.Published, Is.EqualTo(2), "a relay with a working bus takes the released rows");
    }

    private static async Task<List<(Guid Id, int Attempts)>> UnsentRowsAsync(ApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return [.. (await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.Where(m => m.SentAt == null).ToListAsync())
            .Select(m => (m.Id, m.Attempts))];
    }
}
