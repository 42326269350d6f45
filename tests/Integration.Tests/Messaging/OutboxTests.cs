using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Messaging;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Contracts;
using ResumeExport.Domain.Users;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Messaging;

/// <summary>
/// The messaging backbone end to end: rows and messages commit together in PostgreSQL, the relay publishes them to the
/// real RabbitMQ, and a worker consumes them with the production retry and validation policy.
/// </summary>
[NonParallelizable]
public sealed class OutboxTests : IntegrationFixture
{
    private ApiFactory api = null!;
    private ProbeWorker worker = null!;

    [OneTimeSetUp]
    public async Task StartProcessesAsync()
    {
        api = new ApiFactory(ConnectionString, VirtualHost);
        api.StartServer(); // migrates the database
        worker = await ProbeWorker.StartAsync(ConnectionString, VirtualHost);
    }

    [OneTimeTearDown]
    public async Task StopProcessesAsync()
    {
        await worker.DisposeAsync();
        await api.DisposeAsync();
    }

    [Test]
    public async Task A_row_and_its_message_committed_together_reach_the_worker()
    {
        var (userId, message) = await CommitUserWithMessageAsync();

        await Eventually.UntilAsync(() => worker.Recorder.DeliveriesOf(message.ExportId) > 0, "the worker to consume the message");

        Assert.That(await UserExistsAsync(userId), Is.True);
        var delivery = worker.Recorder.Deliveries.Single(d => d.Message.ExportId == message.ExportId);
        Assert.That(delivery.Message, Is.EqualTo(message));
        Assert.That(delivery.MessageId, Is.EqualTo(await OutboxIdOfAsync(message.ExportId)), "the outbox row id travels as the message id");
        Assert.That(await UnsentCountAsync(), Is.Zero);
    }

    [Test]
    public async Task A_rolled_back_transaction_publishes_nothing()
    {
        var rolledBack = NewMessage(Guid.NewGuid());
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Users.Add(NewUser(rolledBack.UserId));
            scope.ServiceProvider.GetRequiredService<IMessageOutbox>().Enqueue(rolledBack);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            await transaction.RollbackAsync();
        }

        // A later, committed message is the barrier: once it has arrived, the relay has long passed the rolled-back one.
        var (_, marker) = await CommitUserWithMessageAsync();
        await Eventually.UntilAsync(() => worker.Recorder.DeliveriesOf(marker.ExportId) > 0, "the marker message");

        Assert.That(worker.Recorder.DeliveriesOf(rolledBack.ExportId), Is.Zero);
        Assert.That(await UserExistsAsync(rolledBack.UserId), Is.False);
        Assert.That(await OutboxIdOfAsync(rolledBack.ExportId), Is.Null);
    }

    [Test]
    public async Task An_invalid_message_is_refused_by_the_producer_before_anything_is_written()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IMessageOutbox>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Throws<ValidationException>(() => outbox.Enqueue(new RenderExportPdf(Guid.Empty, Guid.NewGuid(), DateTimeOffset.UtcNow)));
        Assert.That(db.ChangeTracker.Entries().Count(), Is.Zero);
    }

    [Test]
    public async Task An_invalid_message_goes_to_the_error_queue_without_being_consumed_or_retried()
    {
        var messageId = NewId.NextGuid();
        var invalid = new RenderExportPdf(Guid.Empty, Guid.Empty, default);

        // Straight onto the bus: only a buggy or foreign producer could skip the outbox's validation.
        await api.Services.GetRequiredService<IBus>().Publish(invalid, context => context.MessageId = messageId);

        var faulted = await Eventually.UntilAsync(
            () => ErrorQueueMessagesAsync(),
            messages => messages.Any(m => MessageIdOf(m) == messageId.ToString()),
            "the invalid message in the error queue");

        var headers = faulted.Single(m => MessageIdOf(m) == messageId.ToString())!["properties"]!["headers"]!;
        Assert.That(headers["MT-Fault-ExceptionType"]!.GetValue<string>(), Is.EqualTo(typeof(InvalidMessageException).FullName));
        Assert.That(headers["MT-Fault-Message"]!.GetValue<string>(), Does.Contain("ExportId"));
        Assert.That(headers["MT-Fault-RetryCount"]?.GetValue<int>() ?? 0, Is.Zero, "an invalid message is never retried");
        Assert.That(worker.Recorder.Deliveries.Any(d => d.MessageId == messageId), Is.False, "the consumer never ran");
    }

    [Test]
    public async Task A_failing_message_is_retried_as_configured_then_dead_lettered()
    {
        var message = NewMessage(Guid.NewGuid());
        worker.Recorder.FailAlways(message.ExportId);
        await CommitAsync(message, withUser: true);

        var faulted = await Eventually.UntilAsync(
            () => ErrorQueueMessagesAsync(),
            messages => messages.Any(m => m?["payload"]?.GetValue<string>().Contains(message.ExportId.ToString(), StringComparison.Ordinal) == true),
            "the failing message in the error queue");

        Assert.That(faulted, Is.Not.Empty);
        Assert.That(worker.Recorder.DeliveriesOf(message.ExportId), Is.EqualTo(3), "1 delivery + Messaging:Retry:RetryLimit (2) retries");
    }

    [Test]
    public async Task The_relay_republishes_after_a_broker_restart_without_losing_a_message()
    {
        var messages = Enumerable.Range(0, 5).Select(_ => NewMessage(Guid.NewGuid())).ToArray();
        await TestServices.RabbitCtlAsync("stop_app");
        try
        {
            foreach (var message in messages)
            {
                await CommitAsync(message, withUser: true);
            }

            // The relay tries while the broker is down: the rows stay unsent with their failed attempts recorded.
            await Eventually.UntilAsync(FailedAttemptsAsync, attempts => attempts > 0, "a failed publish attempt while the broker is down");
        }
        finally
        {
            await TestServices.RabbitCtlAsync("start_app");
        }

        await Eventually.UntilAsync(
            () => messages.All(m => worker.Recorder.DeliveriesOf(m.ExportId) > 0),
            "every message to arrive after the broker came back",
            TimeSpan.FromSeconds(120));
        Assert.That(await UnsentCountAsync(), Is.Zero);
        var deliveredIds = worker.Recorder.Deliveries.Where(d => messages.Contains(d.Message)).Select(d => d.MessageId).Distinct().ToArray();
        Assert.That(deliveredIds, Has.Length.EqualTo(messages.Length), "each message keeps its outbox id, so a consumer can drop a duplicate");
    }

    [Test]
    public async Task The_consumer_span_continues_the_trace_of_the_request_that_wrote_the_message()
    {
        // Stands in for the ASP.NET Core request span, which the API's sampler records.
        using var request = new Activity("POST /api/test").SetIdFormat(ActivityIdFormat.W3C).Start();
        request.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        var message = NewMessage(Guid.NewGuid());
        await CommitAsync(message, withUser: true);
        request.Stop();

        var consumerSpans = await Eventually.UntilAsync(
            () => Task.FromResult(worker.SpansSnapshot().Where(s => s.Kind == ActivityKind.Consumer && s.TraceId == request.TraceId).ToArray()),
            spans => spans.Length > 0,
            "a consumer span in the request's trace");

        Assert.That(consumerSpans.Select(s => s.TraceId), Is.All.EqualTo(request.TraceId));
    }

    [Test]
    public async Task Two_relays_publish_a_burst_exactly_once()
    {
        var burst = Enumerable.Range(0, 40).Select(_ => NewMessage(Guid.NewGuid())).ToArray();
        await Task.WhenAll(burst.Select(m => CommitAsync(m, withUser: true)));

        await Eventually.UntilAsync(() => burst.All(m => worker.Recorder.DeliveriesOf(m.ExportId) > 0), "the whole burst");

        // The API and the worker both run a relay; SKIP LOCKED gives each row to one of them.
        Assert.That(burst.Select(m => worker.Recorder.DeliveriesOf(m.ExportId)), Is.All.EqualTo(1));
    }

    private static RenderExportPdf NewMessage(Guid userId) => new(Guid.NewGuid(), userId, DateTimeOffset.UtcNow);

    private static User NewUser(Guid id)
    {
        var user = User.Register(EmailAddress.Parse($"outbox-{id:N}@example.com"), "hash", "Outbox Test", DateTimeOffset.UtcNow);
        typeof(User).GetProperty(nameof(User.Id))!.SetValue(user, id);
        return user;
    }

    private async Task<(Guid UserId, RenderExportPdf Message)> CommitUserWithMessageAsync()
    {
        var message = NewMessage(Guid.NewGuid());
        await CommitAsync(message, withUser: true);
        return (message.UserId, message);
    }

    private async Task CommitAsync(RenderExportPdf message, bool withUser)
    {
        await using var scope = api.Services.CreateAsyncScope();
        if (withUser)
        {
            scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Add(NewUser(message.UserId));
        }

        scope.ServiceProvider.GetRequiredService<IMessageOutbox>().Enqueue(message);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
    }

    private async Task<bool> UserExistsAsync(Guid userId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Id == userId);
    }

    private async Task<Guid?> OutboxIdOfAsync(Guid exportId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.ToListAsync();
        return rows.SingleOrDefault(r => r.Payload.Contains(exportId.ToString(), StringComparison.Ordinal))?.Id;
    }

    private async Task<int> UnsentCountAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.CountAsync(m => m.SentAt == null);
    }

    private async Task<int> FailedAttemptsAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages
            .Where(m => m.SentAt == null).SumAsync(m => m.Attempts);
    }

    private static string? MessageIdOf(JsonNode? queued) => queued?["properties"]?["message_id"]?.GetValue<string>();

    private async Task<JsonArray> ErrorQueueMessagesAsync()
    {
        var response = await TestServices.RabbitManagement.PostAsJsonAsync(
            $"queues/{VirtualHost}/{RenderExportPdfProbeConsumer.QueueName}_error/get",
            new { count = 100, ackmode = "ack_requeue_true", encoding = "auto" });
        return response.IsSuccessStatusCode ? (JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonArray ?? []) : [];
    }
}
