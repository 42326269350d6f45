using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Telemetry;

/// <summary>
/// Export and e-mail counters move when the row that says so commits in PostgreSQL: not on a rolled-back attempt, not
/// twice when the row is saved again.
/// </summary>
public sealed class LifecycleMetricsTests : IntegrationFixture
{
    private ApiFactory api = null!;
    private Guid userId;

    [OneTimeSetUp]
    public async Task StartApiAsync()
    {
        api = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?> { ["Outbox:RelayEnabled"] = "false" });
        api.StartServer();
        (_, userId) = await ApiClient.RegisterAsync(api.CreateClient());
    }

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    [Test]
    public async Task A_committed_export_counts_as_requested_and_one_rolled_back_with_its_transaction_does_not()
    {
        using var requested = Collect("resume_export.exports.requested");

        await SaveAsync(db => db.Exports.Add(NewExport(ExportDelivery.Email)));
        Assert.ThrowsAsync<InvalidOperationException>(() => InRolledBackTransactionAsync(db => db.Exports.Add(NewExport(ExportDelivery.Download))));

        var measurements = requested.GetMeasurementSnapshot();
        Assert.That(measurements.Select(m => (m.Value, m.Tags["resume_export.export.delivery"])), Is.EqualTo(new[] { (1L, (object?)"email") }));
    }

    [Test]
    public async Task A_failed_export_counts_under_its_error_code_when_its_transaction_commits()
    {
        var export = NewExport(ExportDelivery.Download);
        await SaveAsync(db => db.Exports.Add(export));
        using var failed = Collect("resume_export.exports.failed");

        Assert.ThrowsAsync<InvalidOperationException>(() => InRolledBackTransactionAsync(db => Fail(db, export.Id, ExportErrorCodes.StorageFailed)));
        Assert.That(failed.GetMeasurementSnapshot(), Is.Empty, "nothing counts before the commit");

        await InTransactionAsync(db => Fail(db, export.Id, ExportErrorCodes.RenderTimeout));

        var measurement = failed.GetMeasurementSnapshot().Single();
        Assert.That(measurement.Tags["error.type"], Is.EqualTo(ExportErrorCodes.RenderTimeout));
    }

    [Test]
    public async Task A_completed_export_and_its_sent_email_count_once_however_often_the_rows_are_saved_again()
    {
        var export = NewExport(ExportDelivery.Email);
        await SaveAsync(db => db.Exports.Add(export));
        using var completed = Collect("resume_export.exports.completed");
        using var sent = Collect("resume_export.emails.sent");

        var job = EmailJob.ForFreeTierExport(userId, export.Id, "owner@example.com", DateTimeOffset.UtcNow);
        await InTransactionAsync(db =>
        {
            var row = db.Exports.Single(e => e.Id == export.Id);
            row.StartAttempt();
            row.Complete("local", $"exports/{export.Id:N}.pdf", 12_345, retentionDays: 7, DateTimeOffset.UtcNow);
            db.EmailJobs.Add(job);
        });
        await SaveAsync(db =>
        {
            var row = db.EmailJobs.Single(j => j.Id == job.Id);
            row.StartAttempt();
            row.MarkSent(DateTimeOffset.UtcNow);
        });
        await SaveAsync(db => db.EmailJobs.Single(j => j.Id == job.Id).StartAttempt()); // saved again, still sent

        Assert.That(completed.GetMeasurementSnapshot().Select(m => (m.Value, m.Tags["resume_export.storage.driver"])), Is.EqualTo(new[] { (1L, (object?)"local") }));
        Assert.That(sent.GetMeasurementSnapshot().Select(m => (m.Value, m.Tags["resume_export.email.reason"])), Is.EqualTo(new[] { (1L, (object?)"freeTierExport") }));
    }

    private Export NewExport(ExportDelivery delivery) => Export.Request(userId, Guid.NewGuid(), PageSize.A4, delivery, null, DateTimeOffset.UtcNow);

    private static void Fail(AppDbContext db, Guid exportId, string code)
    {
        var export = db.Exports.Single(e => e.Id == exportId);
        if (export.Status == ExportStatus.Queued)
        {
            export.StartAttempt();
        }

        export.Fail(code, "test failure", DateTimeOffset.UtcNow);
    }

    private MetricCollector<long> Collect(string instrument) =>
        new(api.Services.GetRequiredService<IMeterFactory>(), "ResumeExport", instrument);

    private async Task SaveAsync(Action<AppDbContext> change)
    {
        await using var scope = api.Services.CreateAsyncScope();
        change(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
    }

    private async Task InTransactionAsync(Action<AppDbContext> change)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.InTransactionAsync(async ct =>
        {
            change(db);
            await unitOfWork.SaveChangesAsync(ct);
            return 0;
        }, CancellationToken.None);
    }

    // Saved inside the transaction, then the work fails: the transaction rolls back.
    private Task InRolledBackTransactionAsync(Action<AppDbContext> change) =>
        InTransactionAsync(db =>
        {
            change(db);
            db.SaveChanges();
            throw new InvalidOperationException("the use case failed after saving");
        });
}
