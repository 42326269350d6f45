using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Adapters.Persistence.Notifications;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>
/// <c>GET /api/resumes/exports/{exportId}/events</c> over the real stack (decision 30): Kestrel, PostgreSQL with the
/// status trigger and the one LISTEN connection, RabbitMQ and the PDF worker with Chromium. Some exports are moved by
/// the test itself through the domain (rows with no render message), so each transition is seen in order.
/// </summary>
[NonParallelizable]
public sealed class ExportEventsTests : IntegrationFixture
{
    private static readonly TimeSpan StreamTimeout = TimeSpan.FromSeconds(90);

    private ApiFactory api = null!;
    private WorkerFactory<RenderExportPdfConsumer> pdfWorker = null!;

    private PostgresExportStatusFeed Feed => api.Services.GetRequiredService<PostgresExportStatusFeed>();

    [OneTimeSetUp]
    public void StartStack()
    {
        api = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?> { ["ExportEvents:HeartbeatInterval"] = "00:00:00.200" });
        api.StartServer();
        pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost);
        _ = pdfWorker.Services;
    }

    [OneTimeTearDown]
    public async Task StopStackAsync()
    {
        await pdfWorker.DisposeAsync();
        await api.DisposeAsync();
    }

    [Test]
    public async Task A_requested_export_is_streamed_until_completed_and_then_the_stream_closes()
    {
        var (client, _) = await TestData.SignedInClientAsync(api, "pro");
        var resumeId = await NewResumeAsync(client);
        var exportId = (await ExportClient.RequestAsync(client, resumeId.ToString()))["id"]!.GetValue<string>();

        await using var stream = await ExportEventsClient.OpenAsync(client, exportId);
        Assert.That(stream.Response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stream.Response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/event-stream"));
        Assert.That(stream.Response.Headers.CacheControl?.NoStore, Is.True, "Cache-Control: no-store");
        Assert.That(stream.Response.Headers.GetValues("X-Accel-Buffering"), Is.EqualTo(new[] { "no" }), "proxies must not buffer the stream");
        await stream.ReadToEndAsync(StreamTimeout);

        Assert.That(stream.Ended, Is.True);
        var statuses = stream.Statuses.ToArray();
        Assert.That(statuses[^1], Is.EqualTo("completed"), string.Join(", ", statuses));
        Assert.That(statuses, Is.Ordered.Using(StatusOrder.Instance), "statuses only move forward");
        Assert.That(statuses, Is.Unique, "each status once");
        Assert.That(stream.Events[^1]["sizeBytes"]!.GetValue<long>(), Is.GreaterThan(1000), "the last event is the completed export itself");
    }

    [Test]
    public async Task Each_transition_is_one_event_with_heartbeats_between_and_the_stream_closes_after_completed()
    {
        var (client, userId) = await TestData.SignedInClientAsync(api, "pro");
        var exportId = await UnrenderedExportAsync(userId, await NewResumeAsync(client));

        await using var stream = await ExportEventsClient.OpenAsync(client, exportId.ToString());
        await stream.ReadUntilAsync(s => s.Events.Count == 1 && s.Comments.Count > 0, StreamTimeout, "first event and a heartbeat");
        Assert.That(stream.Statuses, Is.EqualTo(new[] { "queued" }));
        Assert.That(stream.Comments, Has.All.StartsWith(":"));

        await MoveAsync(exportId, e => e.StartAttempt());
        await stream.ReadUntilAsync(s => s.Events.Count == 2, StreamTimeout, "the processing event");
        await MoveAsync(exportId, e => e.Complete("local", $"exports/{exportId}.pdf", 1234, 7, DateTimeOffset.UtcNow));
        await stream.ReadToEndAsync(StreamTimeout);

        Assert.That(stream.Statuses, Is.EqualTo(new[] { "queued", "processing", "completed" }));
        Assert.That(stream.Ended, Is.True, "the stream closes after a terminal status");
        await Eventually.UntilAsync(() => Feed.SubscriptionCount == 0, "the finished stream to unsubscribe");
    }

    [Test]
    public async Task An_export_already_completed_is_one_event_and_the_stream_closes_at_once()
    {
        var (client, userId) = await TestData.SignedInClientAsync(api, "pro");
        var (exportId, _) = await TestData.CompletedExportAsync(api, userId, await NewResumeAsync(client));

        await using var stream = await ExportEventsClient.OpenAsync(client, exportId.ToString());
        await stream.ReadToEndAsync(StreamTimeout);

        Assert.That(stream.Statuses, Is.EqualTo(new[] { "completed" }));
        Assert.That(stream.Ended, Is.True);
    }

    [Test]
    public async Task A_failed_export_is_one_event_and_the_stream_closes()
    {
        var (client, userId) = await TestData.SignedInClientAsync(api, "pro");
        var exportId = await UnrenderedExportAsync(userId, await NewResumeAsync(client));
        await MoveAsync(exportId, e => e.Fail("render_timeout", "The render timed out.", DateTimeOffset.UtcNow));

        await using var stream = await ExportEventsClient.OpenAsync(client, exportId.ToString());
        await stream.ReadToEndAsync(StreamTimeout);

        Assert.That(stream.Statuses, Is.EqualTo(new[] { "failed" }));
        Assert.That(stream.Events[0]["errorCode"]!.GetValue<string>(), Is.EqualTo("render_timeout"));
    }

    [Test]
    public async Task Another_users_export_and_an_unknown_one_are_404_and_no_token_is_401()
    {
        var (owner, ownerId) = await TestData.SignedInClientAsync(api, "pro");
        var (stranger, _) = await TestData.SignedInClientAsync(api, "pro");
        var exportId = await UnrenderedExportAsync(ownerId, await NewResumeAsync(owner));

        await using (var foreign = await ExportEventsClient.OpenAsync(stranger, exportId.ToString()))
        {
            Assert.That(foreign.Response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(foreign.Response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }

        await using (var unknown = await ExportEventsClient.OpenAsync(owner, Guid.NewGuid().ToString()))
        {
            Assert.That(unknown.Response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        using var anonymous = api.CreateClient();
        await using (var noToken = await ExportEventsClient.OpenAsync(anonymous, exportId.ToString()))
        {
            Assert.That(noToken.Response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        await Eventually.UntilAsync(() => Feed.SubscriptionCount == 0, "refused streams to leave no subscription");
    }

    [Test]
    public async Task An_export_that_reuses_an_earlier_render_is_also_streamed_to_completed()
    {
        var (client, _) = await TestData.SignedInClientAsync(api, "pro");
        var resumeId = (await NewResumeAsync(client)).ToString();
        var first = (await ExportClient.RequestAsync(client, resumeId))["id"]!.GetValue<string>();
        await using (var firstStream = await ExportEventsClient.OpenAsync(client, first))
        {
            await firstStream.ReadToEndAsync(StreamTimeout);
            Assert.That(firstStream.Statuses.Last(), Is.EqualTo("completed"));
        }

        // The same version again: the worker completes it with the first file (decision 35), without a render.
        var second = (await ExportClient.RequestAsync(client, resumeId))["id"]!.GetValue<string>();
        await using var stream = await ExportEventsClient.OpenAsync(client, second);
        await stream.ReadToEndAsync(StreamTimeout);

        Assert.That(stream.Statuses.Last(), Is.EqualTo("completed"), string.Join(", ", stream.Statuses));
        Assert.That(stream.Ended, Is.True);
        await using var scope = api.Services.CreateAsyncScope();
        var reused = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Exports.AsNoTracking().SingleAsync(e => e.Id == Guid.Parse(second));
        Assert.That(reused.ReusedFromExportId, Is.EqualTo(Guid.Parse(first)), "the second export reused the first file");
    }

    [Test]
    public async Task Many_concurrent_streams_share_one_listener_connection_and_all_see_their_export_complete()
    {
        const int streams = 25;
        var (client, userId) = await TestData.SignedInClientAsync(api, "pro");
        var resumeId = await NewResumeAsync(client);
        var exportIds = new List<Guid>();
        for (var i = 0; i < streams; i++)
        {
            exportIds.Add(await UnrenderedExportAsync(userId, resumeId));
        }

        // One after another, so the first reads share a pooled connection; then all of them wait at once.
        var open = new List<ExportEventsClient>();
        try
        {
            foreach (var id in exportIds)
            {
                var stream = await ExportEventsClient.OpenAsync(client, id.ToString());
                open.Add(stream);
                await stream.ReadUntilAsync(x => x.Events.Count == 1, StreamTimeout, "the first event");
            }

            Assert.That(Feed.SubscriptionCount, Is.EqualTo(streams));

            var (listeners, total) = await ConnectionsToTestDatabaseAsync();
            Assert.That(listeners, Is.EqualTo(1), "one LISTEN connection for the whole API process");
            Assert.That(total, Is.LessThan(streams), "waiting streams hold no database connection each");

            await using (var scope = api.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                foreach (var export in await db.Exports.Where(e => exportIds.Contains(e.Id)).ToListAsync())
                {
                    export.StartAttempt();
                    export.Complete("local", $"exports/{export.Id}.pdf", 1234, 7, DateTimeOffset.UtcNow);
                }

                await db.SaveChangesAsync();
            }

            await Task.WhenAll(open.Select(s => s.ReadToEndAsync(StreamTimeout)));
            Assert.That(open.Select(s => s.Statuses.Last()), Has.All.EqualTo("completed"));
            await Eventually.UntilAsync(() => Feed.SubscriptionCount == 0, "every finished stream to unsubscribe");
        }
        finally
        {
            foreach (var stream in open)
            {
                await stream.DisposeAsync();
            }
        }
    }

    [Test]
    public async Task A_client_that_leaves_mid_stream_leaves_no_subscription_behind()
    {
        var (client, userId) = await TestData.SignedInClientAsync(api, "pro");
        var exportId = await UnrenderedExportAsync(userId, await NewResumeAsync(client));
        var stream = await ExportEventsClient.OpenAsync(client, exportId.ToString());
        await stream.ReadUntilAsync(s => s.Events.Count == 1, StreamTimeout, "the first event");
        Assert.That(Feed.SubscriptionCount, Is.GreaterThanOrEqualTo(1));

        await stream.DisposeAsync();

        await Eventually.UntilAsync(() => Feed.SubscriptionCount == 0, "the server to notice the client left and unsubscribe");
    }

    [Test]
    public async Task A_stream_still_sees_the_change_when_the_listener_connection_was_killed_and_reconnected()
    {
        var (client, userId) = await TestData.SignedInClientAsync(api, "pro");
        var exportId = await UnrenderedExportAsync(userId, await NewResumeAsync(client));
        await using var stream = await ExportEventsClient.OpenAsync(client, exportId.ToString());
        await stream.ReadUntilAsync(s => s.Events.Count == 1, StreamTimeout, "the first event");
        await Eventually.UntilAsync(() => Feed.IsListening, "the listener to be in place");
        var opened = Feed.ConnectionsOpened;

        // What a PostgreSQL restart does to the listener, confined to this test's database; the change lands while
        // the listener may still be away, so only the re-read after the reconnect can deliver it.
        await TerminateListenerAsync();
        await MoveAsync(exportId, e => e.StartAttempt());
        await MoveAsync(exportId, e => e.Complete("local", $"exports/{exportId}.pdf", 1234, 7, DateTimeOffset.UtcNow));
        await stream.ReadToEndAsync(StreamTimeout);

        Assert.That(stream.Statuses.Last(), Is.EqualTo("completed"), string.Join(", ", stream.Statuses));
        Assert.That(Feed.ConnectionsOpened, Is.GreaterThan(opened), "the listener connected again");
        var (listeners, _) = await ConnectionsToTestDatabaseAsync();
        Assert.That(listeners, Is.EqualTo(1));
    }

    private static async Task<Guid> NewResumeAsync(HttpClient client) =>
        Guid.Parse((await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>());

    /// <summary>A queued export with no render message: nothing moves it but the test.</summary>
    private async Task<Guid> UnrenderedExportAsync(Guid userId, Guid resumeId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var version = await db.Resumes.Where(r => r.Id == resumeId).Select(r => (int?)r.LatestVersion).FirstAsync();
        var export = Export.Request(userId, resumeId, PageSize.A4, ExportDelivery.Download, null, DateTimeOffset.UtcNow, resumeVersion: version);
        db.Exports.Add(export);
        await db.SaveChangesAsync();
        return export.Id;
    }

    private async Task MoveAsync(Guid exportId, Action<Export> transition)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        transition(await db.Exports.SingleAsync(e => e.Id == exportId));
        await db.SaveChangesAsync();
    }

    private async Task<(int Listeners, int Total)> ConnectionsToTestDatabaseAsync()
    {
        await using var connection = await OpenAdminConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE application_name LIKE '%-listener'), count(*) FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()",
            connection);
        command.Parameters.AddWithValue("db", new NpgsqlConnectionStringBuilder(ConnectionString).Database!);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    private async Task TerminateListenerAsync()
    {
        await using var connection = await OpenAdminConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @db AND application_name LIKE '%-listener'", connection);
        command.Parameters.AddWithValue("db", new NpgsqlConnectionStringBuilder(ConnectionString).Database!);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(1L), "one listener to terminate");
    }

    /// <summary>A connection of the test's own, outside the application's pool, so the counts above exclude it.</summary>
    private async Task<NpgsqlConnection> OpenAdminConnectionAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, ApplicationName = "export-events-tests" }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private sealed class StatusOrder : IComparer<string>
    {
        public static readonly StatusOrder Instance = new();

        private static readonly string[] Order = ["queued", "processing", "completed"];

        public int Compare(string? x, string? y) => Array.IndexOf(Order, x).CompareTo(Array.IndexOf(Order, y));
    }
}
