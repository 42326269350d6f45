using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Billing;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Metrics;

/// <summary>
/// The API's gauges report what PostgreSQL and RabbitMQ hold: unpublished outbox messages and their age, dead letters in
/// an error queue, failed billing webhooks, consumers per queue.
/// </summary>
public sealed class OperationsGaugesTests : IntegrationFixture
{
    [Test]
    public async Task Outbox_backlog_and_lag_dead_letters_and_webhook_dead_letters_show_in_the_gauges()
    {
        await using var api = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?>
        {
            ["Outbox:RelayEnabled"] = "false", // the relay is "stuck": messages stay in the outbox
            ["Metrics:GaugeRefreshInterval"] = "00:00:00.200",
        });
        api.StartServer();
        var (_, userId) = await ApiClient.RegisterAsync(api.CreateClient());
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IMessageOutbox>();
            outbox.Enqueue(new Contracts.RenderExportPdf(Guid.NewGuid(), userId, DateTimeOffset.UtcNow));
            outbox.Enqueue(new Contracts.RenderExportPdf(Guid.NewGuid(), userId, DateTimeOffset.UtcNow));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);

            var webhooks = scope.ServiceProvider.GetRequiredService<IBillingWebhookEventRepository>();
            var webhook = BillingWebhookEvent.Receive("stripe", "evt_" + Guid.NewGuid().ToString("N"), "customer.subscription.updated", "{}", DateTimeOffset.UtcNow);
            await webhooks.TryAddAsync(webhook, CancellationToken.None);
            await webhooks.MarkFailedAsync(webhook.Id, "handler failed", CancellationToken.None);
        }

        await PutDeadLetterAsync("render-export-pdf_error");

        var meters = api.Services.GetRequiredService<IMeterFactory>();
        using var backlog = new MetricCollector<long>(meters, "ResumeExport", "resume_export.outbox.backlog");
        using var lag = new MetricCollector<double>(meters, "ResumeExport", "resume_export.outbox.lag");
        using var deadLetters = new MetricCollector<long>(meters, "ResumeExport", "resume_export.queue.dead_letter.depth");
        using var consumers = new MetricCollector<long>(meters, "ResumeExport", "resume_export.queue.consumer.count");
        using var webhookDeadLetters = new MetricCollector<long>(meters, "ResumeExport", "resume_export.billing.webhook.dead_letter.count");

        // The broker refreshes its queue statistics every few seconds; the gauges re-read them every 200 ms here.
        await Eventually.UntilAsync(
            () =>
            {
                deadLetters.RecordObservableInstruments();
                return deadLetters.GetMeasurementSnapshot().Any(m => Queue(m) == "render-export-pdf_error" && m.Value == 1);
            },
            "one dead letter in render-export-pdf_error");

        backlog.RecordObservableInstruments();
        lag.RecordObservableInstruments();
        consumers.RecordObservableInstruments();
        webhookDeadLetters.RecordObservableInstruments();

        Assert.That(backlog.LastMeasurement!.Value, Is.EqualTo(2));
        Assert.That(lag.LastMeasurement!.Value, Is.GreaterThan(0));
        Assert.That(webhookDeadLetters.LastMeasurement!.Value, Is.EqualTo(1));
        Assert.That(
            consumers.GetMeasurementSnapshot().Where(m => Queue(m) == "render-export-pdf").Select(m => m.Value),
            Is.EqualTo(new[] { 0L }),
            "no PDF worker runs in this test");
        Assert.That(deadLetters.GetMeasurementSnapshot().Select(Queue), Is.All.EndsWith("_error"), "work queues are not reported as dead letters");
    }

    private static string? Queue<T>(CollectedMeasurement<T> measurement)
        where T : struct =>
        measurement.Tags["messaging.destination.name"] as string;

    // As MassTransit leaves a message that failed for good: in the queue's durable _error queue.
    private async Task PutDeadLetterAsync(string queue)
    {
        var vhost = Uri.EscapeDataString(VirtualHost);
        (await TestServices.RabbitManagement.PutAsJsonAsync($"queues/{vhost}/{queue}", new { durable = true })).EnsureSuccessStatusCode();
        var published = await TestServices.RabbitManagement.PostAsJsonAsync($"exchanges/{vhost}/amq.default/publish", new
        {
            properties = new { delivery_mode = 2 },
            routing_key = queue,
            payload = "{}",
            payload_encoding = "string",
        });
        published.EnsureSuccessStatusCode();
    }
}
