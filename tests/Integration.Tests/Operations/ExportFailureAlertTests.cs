using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Exports.CheckFailureAlerts;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Operations;

/// <summary>
/// Failure-threshold alerts on real PostgreSQL, through the PDF worker's DI with the clock replaced; each test uses
/// days of its own, so windows and cooldowns never overlap in the shared database.
/// </summary>
public sealed class ExportFailureAlertTests : IntegrationFixture
{
    private static readonly FailureAlertThresholds Thresholds = new(TimeSpan.FromMinutes(15), MinEvents: 10, FailureRatio: 0.5, Cooldown: TimeSpan.FromHours(1));
    private WorkerFactory<RenderExportPdfConsumer> worker = null!;
    private Guid userId;

    [OneTimeSetUp]
    public async Task StartWorkerAsync()
    {
        worker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, new Dictionary<string, string?>
        {
            ["ExportCleanup:Enabled"] = "false",
            ["ExportFailureAlerts:Enabled"] = "false",
        });
        await OperationsTestData.MigrateAsync(worker.Services);
        userId = await OperationsTestData.CreateUserAsync(worker.Services);
    }

    [OneTimeTearDown]
    public async Task StopWorkerAsync() => await worker.DisposeAsync();

    [Test]
    public async Task Fewer_finished_exports_than_the_minimum_raise_no_alert_even_when_all_failed()
    {
        var now = Day(1);
        await OperationsTestData.AddFinishedExportsAsync(worker.Services, userId, now.AddMinutes(-3), failed: 9, completed: 0);

        var result = await CheckAsync(now);

        Assert.That(result, Is.EqualTo(new FailureAlertCheckResult(Fired: false, ThresholdCrossed: false, Finished: 9, Failed: 9, Ratio: 1d)));
        Assert.That(await AlertsAroundAsync(now), Is.Empty);
    }

    [Test]
    public async Task Reaching_the_ratio_writes_one_alert_with_the_window_figures()
    {
        var now = Day(11);
        await OperationsTestData.AddFinishedExportsAsync(worker.Services, userId, now.AddMinutes(-5), failed: 5, completed: 5);
        await OperationsTestData.AddFinishedExportsAsync(worker.Services, userId, now.AddMinutes(-16), failed: 7, completed: 0); // before the window
        await OperationsTestData.AddFinishedExportsAsync(worker.Services, userId, now.AddMinutes(1), failed: 7, completed: 0);   // after "now"

        var result = await CheckAsync(now);

        Assert.That(result, Is.EqualTo(new FailureAlertCheckResult(Fired: true, ThresholdCrossed: true, Finished: 10, Failed: 5, Ratio: 0.5)));
        var alert = (await AlertsAroundAsync(now)).Single();
        using var metadata = JsonDocument.Parse(alert.Metadata);
        var figures = metadata.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(alert.CreatedAt, Is.EqualTo(now));
            Assert.That(alert.UserId, Is.Null);
            Assert.That(figures.GetProperty("windowMinutes").GetDouble(), Is.EqualTo(15));
            Assert.That(figures.GetProperty("finished").GetInt32(), Is.EqualTo(10));
            Assert.That(figures.GetProperty("failed").GetInt32(), Is.EqualTo(5));
            Assert.That(figures.GetProperty("ratio").GetDouble(), Is.EqualTo(0.5));
            Assert.That(figures.GetProperty("threshold").GetDouble(), Is.EqualTo(0.5));
        });
    }

    [Test]
    public async Task Within_the_cooldown_no_second_alert_is_written_even_by_concurrent_checks_and_after_it_a_new_one_is()
    {
        var start = Day(21);
        await OperationsTestData.AddFinishedExportsAsync(worker.Services, userId, start.AddMinutes(-1), failed: 8, completed: 4);

        var first = await Task.WhenAll(CheckAsync(start), CheckAsync(start));
        Assert.That(first.Count(r => r.Fired), Is.EqualTo(1), "two checks racing at the first crossing write one alert");
        Assert.That(first.Select(r => r.ThresholdCrossed), Is.All.True);

        var later = start.AddMinutes(10);
        await OperationsTestData.AddFinishedExportsAsync(worker.Services, userId, later.AddMinutes(-1), failed: 10, completed: 0);
        var withinCooldown = await Task.WhenAll(CheckAsync(later), CheckAsync(later));
        Assert.That(withinCooldown.Select(r => (r.ThresholdCrossed, r.Fired)), Is.All.EqualTo((true, false)));
        Assert.That(await AlertsAroundAsync(start), Has.Count.EqualTo(1));

        var afterCooldown = start.AddHours(1).AddMinutes(1);
        await OperationsTestData.AddFinishedExportsAsync(worker.Services, userId, afterCooldown.AddMinutes(-2), failed: 6, completed: 4);
        var again = await CheckAsync(afterCooldown);

        Assert.That(again, Is.EqualTo(new FailureAlertCheckResult(Fired: true, ThresholdCrossed: true, Finished: 10, Failed: 6, Ratio: 0.6)));
        Assert.That((await AlertsAroundAsync(start)).Select(a => a.CreatedAt), Is.EqualTo(new[] { start, afterCooldown }));
    }

    /// <summary>Midday UTC, <paramref name="offset"/> days into a year the real clock has not reached.</summary>
    private static DateTimeOffset Day(int offset) => new DateTimeOffset(2031, 1, 1, 12, 0, 0, TimeSpan.Zero).AddDays(offset);

    private async Task<FailureAlertCheckResult> CheckAsync(DateTimeOffset now)
    {
        await using var scope = worker.Services.CreateAsyncScope();
        var handler = ActivatorUtilities.CreateInstance<CheckFailureAlertsCommandHandler>(scope.ServiceProvider, new FakeTimeProvider(now));
        return await handler.Handle(new CheckFailureAlertsCommand(Thresholds), CancellationToken.None);
    }

    /// <summary>Alert rows within a day either side of <paramref name="now"/>, oldest first.</summary>
    private async Task<List<SystemLog>> AlertsAroundAsync(DateTimeOffset now)
    {
        await using var scope = worker.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (from, to) = (now.AddDays(-1), now.AddDays(1));
        return await db.SystemLogs.AsNoTracking()
            .Where(l => l.Action == SystemLogActions.ExportFailureAlert && l.CreatedAt >= from && l.CreatedAt <= to)
            .OrderBy(l => l.CreatedAt)
            .ToListAsync();
    }
}
