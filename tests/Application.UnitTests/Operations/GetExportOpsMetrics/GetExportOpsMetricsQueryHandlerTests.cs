using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Operations.GetExportOpsMetrics;
using ResumeExport.Application.UnitTests.Fakes;

namespace ResumeExport.Application.UnitTests.Operations.GetExportOpsMetrics;

public sealed class GetExportOpsMetricsQueryHandlerTests
{
    private readonly FakeOutboxStatsReader outbox = new();
    private readonly InMemoryBillingWebhookEventRepository webhookEvents = new();
    private readonly FakeRedeliveryQueue redeliveries = new();

    [Test]
    public async Task The_outbox_lag_is_the_age_of_the_oldest_unpublished_message()
    {
        outbox.Stats = new OutboxStats(Pending: 3, OldestPendingSince: TestClock.Now.AddSeconds(-42.5));

        var response = await HandleAsync();

        Assert.That(response.Outbox, Is.EqualTo(new OutboxBacklog(3, 42.5)));
    }

    [Test]
    public async Task An_empty_outbox_has_no_lag()
    {
        outbox.Stats = new OutboxStats(Pending: 0, OldestPendingSince: null);

        var response = await HandleAsync();

        Assert.That(response.Outbox, Is.EqualTo(new OutboxBacklog(0, 0)));
    }

    [Test]
    public async Task A_message_stamped_by_a_clock_ahead_of_ours_never_shows_a_negative_lag()
    {
        outbox.Stats = new OutboxStats(Pending: 1, OldestPendingSince: TestClock.Now.AddSeconds(5));

        var response = await HandleAsync();

        Assert.That(response.Outbox.LagSeconds, Is.Zero);
    }

    [Test]
    public async Task Webhook_events_stored_as_failed_are_the_webhook_dead_letters()
    {
        await webhookEvents.MarkFailedAsync(Guid.NewGuid(), "boom", CancellationToken.None);
        await webhookEvents.MarkFailedAsync(Guid.NewGuid(), "boom", CancellationToken.None);

        var response = await HandleAsync();

        Assert.That(response.WebhookDeadLetters, Is.EqualTo(2));
    }

    [Test]
    public async Task Work_waiting_for_a_redelivery_is_counted_by_kind_and_reason_with_the_oldest_wait()
    {
        redeliveries.Waiting.Add(new WaitingRedeliveries("export", "storage_failed", 3, TestClock.Now.AddMinutes(-10)));
        redeliveries.Waiting.Add(new WaitingRedeliveries("bulk_application", "smtp_transient", 2, TestClock.Now.AddMinutes(-2)));

        var response = await HandleAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.Redelivery.Waiting, Is.EqualTo(5));
            Assert.That(response.Redelivery.OldestWaitSeconds, Is.EqualTo(600));
            Assert.That(response.Redelivery.ByReason, Has.Some.EqualTo(new WaitingWork("export", "storage_failed", 3, 600)));
        });
    }

    private async Task<ExportOpsMetricsResponse> HandleAsync() =>
        await new GetExportOpsMetricsQueryHandler(
                new InMemoryExportRepository(), new FakeQueueStatsReader(), new InMemoryEmailCounters(), new InMemorySystemLogReader(),
                outbox, webhookEvents, redeliveries, TestClock.At())
            .Handle(new GetExportOpsMetricsQuery(), CancellationToken.None);
}
