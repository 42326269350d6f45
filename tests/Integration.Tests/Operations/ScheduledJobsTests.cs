using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Operations;

/// <summary>The PDF worker runs both export jobs on its own, on the intervals from configuration.</summary>
public sealed class ScheduledJobsTests : IntegrationFixture
{
    private WorkerFactory<RenderExportPdfConsumer> worker = null!;

    [OneTimeSetUp]
    public async Task StartWorkerAsync()
    {
        worker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, new Dictionary<string, string?>
        {
            ["ExportCleanup:Interval"] = "00:00:00.200",
            ["ExportFailureAlerts:CheckInterval"] = "00:00:00.200",
            ["ExportFailureAlerts:MinEvents"] = "4",
            ["ExportFailureAlerts:FailureRatio"] = "0.75",
            ["ExportFailureAlerts:Window"] = "01:00:00",
        });
        await OperationsTestData.MigrateAsync(worker.Services);
    }

    [OneTimeTearDown]
    public async Task StopWorkerAsync() => await worker.DisposeAsync();

    [Test]
    public async Task The_worker_expires_an_export_whose_retention_ran_out_without_being_asked()
    {
        var userId = await OperationsTestData.CreateUserAsync(worker.Services);
        var expired = await OperationsTestData.AddStoredExportAsync(worker.Services, userId, 2_000);
        var current = await OperationsTestData.AddStoredExportAsync(worker.Services, userId, 2_000);

        await OperationsTestData.SetExpiryAsync(worker.Services, [expired], DateTimeOffset.UtcNow.AddSeconds(-1));

        var statuses = await Eventually.UntilAsync(
            () => OperationsTestData.StatusesAsync(worker.Services, [expired, current]),
            s => s[expired.Id] == ExportStatus.Expired,
            "the scheduled cleanup to expire the export",
            TimeSpan.FromSeconds(30));
        Assert.That(statuses[current.Id], Is.EqualTo(ExportStatus.Completed));
    }

    [Test]
    public async Task The_worker_raises_a_failure_alert_once_the_configured_ratio_is_reached()
    {
        var userId = await OperationsTestData.CreateUserAsync(worker.Services);
        // The other test's completed exports also finished within this window: enough failures to cross 0.75 anyway.
        await OperationsTestData.AddFinishedExportsAsync(worker.Services, userId, DateTimeOffset.UtcNow.AddMinutes(-1), failed: 30, completed: 1);

        var alerts = await Eventually.UntilAsync(AlertCountAsync, n => n > 0, "the scheduled check to raise an alert", TimeSpan.FromSeconds(30));

        Assert.That(alerts, Is.EqualTo(1));
    }

    private async Task<int> AlertCountAsync()
    {
        await using var scope = worker.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().SystemLogs.CountAsync(l => l.Action == SystemLogActions.ExportFailureAlert);
    }
}
