using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Metrics;

/// <summary>GET /api/metrics/export-ops reports what actually happened, and only to admins.</summary>
public sealed class ExportOpsMetricsTests : IntegrationFixture
{
    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        api = new ApiFactory(ConnectionString, VirtualHost);
        api.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    [Test]
    public async Task Exports_by_status_queue_depths_email_counters_and_the_last_alert_match_what_happened()
    {
        var admin = await TestData.AdminClientAsync(api);
        var userId = Guid.Parse((await ApiClient.ReadJsonAsync(await admin.GetAsync("/api/users/me")))["id"]!.GetValue<string>());
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = DateTimeOffset.UtcNow;
            Export Make() => Export.Request(userId, Guid.NewGuid(), PageSize.A4, ExportDelivery.Download, null, now);
            var completed = Enumerable.Range(0, 3).Select(_ => Make()).ToArray();
            foreach (var export in completed)
            {
                export.StartAttempt();
                export.Complete("local", $"exports/{export.Id:N}.pdf", 1000, 7, now);
            }

            var failed = Make();
            failed.StartAttempt();
            failed.Fail("render_failed", "boom", now);
            db.Exports.AddRange(completed);
            db.Exports.AddRange(failed, Make(), Make());
            db.SystemLogs.Add(SystemLog.Record(null, SystemLogActions.ExportFailureAlert, now, new Dictionary<string, object?> { ["ratio"] = 0.75 }));
            await db.SaveChangesAsync();

            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            var counters = scope.ServiceProvider.GetRequiredService<IEmailCounters>();
            await unitOfWork.InTransactionAsync(async ct =>
            {
                await counters.IncrementAsync(EmailReason.FreeTierExport, EmailJobStatus.Sent, ct);
                await counters.IncrementAsync(EmailReason.FreeTierExport, EmailJobStatus.Sent, ct);
                await counters.IncrementAsync(EmailReason.BulkApply, EmailJobStatus.Failed, ct);
                return 0;
            }, CancellationToken.None);
        }

        // Two commands waiting for a PDF worker that is not running.
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IMessageOutbox>();
            outbox.Enqueue(new Contracts.RenderExportPdf(Guid.NewGuid(), userId, DateTimeOffset.UtcNow));
            outbox.Enqueue(new Contracts.RenderExportPdf(Guid.NewGuid(), userId, DateTimeOffset.UtcNow));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }

        // The broker refreshes its queue statistics every few seconds.
        var metrics = await Eventually.UntilAsync(
            async () => await ApiClient.ReadJsonAsync(await admin.GetAsync("/api/metrics/export-ops")),
            m => m["queues"]?.AsArray().Any(q => q!["name"]!.GetValue<string>() == "render-export-pdf" && q["messages"]!.GetValue<long>() == 2) == true,
            "the render queue to show 2 waiting messages");

        Assert.That(metrics["exports"]!["completed"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(metrics["exports"]!["failed"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(metrics["exports"]!["queued"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(metrics["exports"]!["expired"]!.GetValue<int>(), Is.Zero);
        Assert.That(metrics["queuesAvailable"]!.GetValue<bool>(), Is.True);
        Assert.That(metrics["queues"]!.AsArray().Select(q => q!["name"]!.GetValue<string>()), Does.Contain("render-export-pdf_error"));
        Assert.That(metrics["counters"]!["emailByReason"]!["freeTierExport"]!["sent"]!.GetValue<long>(), Is.EqualTo(2));
        Assert.That(metrics["counters"]!["emailByReason"]!["freeTierExport"]!["failed"]!.GetValue<long>(), Is.Zero);
        Assert.That(metrics["counters"]!["emailByReason"]!["bulkApply"]!["failed"]!.GetValue<long>(), Is.EqualTo(1));
        Assert.That(metrics["lastAlert"]!["metadata"], Is.InstanceOf<System.Text.Json.Nodes.JsonObject>(), "metadata is a JSON object, not JSON inside a string");
        Assert.That(metrics["lastAlert"]!["metadata"]!["ratio"]!.GetValue<double>(), Is.EqualTo(0.75));
        Assert.That(metrics["outbox"]!["pending"]!.GetValue<long>(), Is.Zero, "the relay published both commands");
        Assert.That(metrics["webhookDeadLetters"]!.GetValue<long>(), Is.Zero);
    }

    [Test]
    public async Task Non_admins_get_403_and_anonymous_callers_401()
    {
        using var anonymous = api.CreateClient();
        var user = api.CreateClient();
        var (token, _) = await ApiClient.RegisterAsync(user);
        user.Authorize(token);

        var forbidden = await user.GetAsync("/api/metrics/export-ops");
        var unauthorized = await anonymous.GetAsync("/api/metrics/export-ops");

        Assert.That(forbidden.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(forbidden.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(unauthorized.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
