using Mediator;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Storage;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.CleanupExpiredExports;
using ResumeExport.Domain.Exports;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Operations;

/// <summary>
/// Expired-export cleanup in the real PDF worker's DI, on real PostgreSQL and real storage: a local
/// directory and the s3rver bucket. The scheduled runs are switched off; the tests send the use case themselves.
/// </summary>
[TestFixture(StorageOptions.LocalDriver)]
[TestFixture(StorageOptions.S3Driver)]
public sealed class ExportCleanupTests(string driver) : IntegrationFixture
{
    private WorkerFactory<RenderExportPdfConsumer> worker = null!;
    private IExportStorage storage = null!;

    [OneTimeSetUp]
    public async Task StartWorkerAsync()
    {
        worker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, new Dictionary<string, string?>
        {
            ["Storage:Driver"] = driver,
            ["ExportCleanup:Enabled"] = "false",
            ["ExportFailureAlerts:Enabled"] = "false",
        });
        await OperationsTestData.MigrateAsync(worker.Services);
        storage = worker.Services.GetRequiredService<IExportStorage>();
        Assert.That(storage.Driver, Is.EqualTo(driver));
    }

    [OneTimeTearDown]
    public async Task StopWorkerAsync()
    {
        await worker.DisposeAsync();
        if (driver == StorageOptions.S3Driver)
        {
            await S3TestServer.DeleteBucketAsync(VirtualHost);
        }
    }

    /// <summary>Each test starts with nothing left to clean up by an earlier one.</summary>
    [SetUp]
    public Task DrainEarlierExpiredExportsAsync() => CleanupAsync(dryRun: false);

    [Test]
    public async Task A_dry_run_reports_the_count_and_bytes_of_expired_exports_and_deletes_nothing()
    {
        var userId = await OperationsTestData.CreateUserAsync(worker.Services);
        var expired = new[]
        {
            await OperationsTestData.AddStoredExportAsync(worker.Services, userId, 1_000),
            await OperationsTestData.AddStoredExportAsync(worker.Services, userId, 2_500),
            await OperationsTestData.AddStoredExportAsync(worker.Services, userId, 4_000),
        };
        var current = await OperationsTestData.AddStoredExportAsync(worker.Services, userId, 9_999);
        await OperationsTestData.SetExpiryAsync(worker.Services, expired, DateTimeOffset.UtcNow.AddMinutes(-1));

        var result = await CleanupAsync(dryRun: true);

        Assert.That(result, Is.EqualTo(new CleanupExpiredExportsResult(3, 7_500, DryRun: true)));
        var statuses = await OperationsTestData.StatusesAsync(worker.Services, [.. expired, current]);
        Assert.That(statuses.Values, Is.All.EqualTo(ExportStatus.Completed));
        foreach (var export in expired.Append(current))
        {
            Assert.That(await StoredAsync(export), Is.True, $"the file of {export.Id} is still there");
        }
    }

    [Test]
    public async Task A_real_run_deletes_the_stored_files_of_expired_exports_and_marks_them_expired_but_leaves_current_ones_alone()
    {
        var userId = await OperationsTestData.CreateUserAsync(worker.Services);
        var expired = new[]
        {
            await OperationsTestData.AddStoredExportAsync(worker.Services, userId, 1_200),
            await OperationsTestData.AddStoredExportAsync(worker.Services, userId, 3_400),
        };
        var current = await OperationsTestData.AddStoredExportAsync(worker.Services, userId, 5_600);
        await OperationsTestData.SetExpiryAsync(worker.Services, expired, DateTimeOffset.UtcNow.AddDays(-2));

        var result = await CleanupAsync(dryRun: false);

        Assert.That(result, Is.EqualTo(new CleanupExpiredExportsResult(2, 4_600, DryRun: false)));
        var statuses = await OperationsTestData.StatusesAsync(worker.Services, [.. expired, current]);
        var stored = new Dictionary<Guid, bool>();
        foreach (var export in expired.Append(current))
        {
            stored[export.Id] = await StoredAsync(export);
        }

        Assert.Multiple(() =>
        {
            foreach (var export in expired)
            {
                Assert.That(statuses[export.Id], Is.EqualTo(ExportStatus.Expired));
                Assert.That(stored[export.Id], Is.False, $"the file of {export.Id} is deleted");
            }

            Assert.That(statuses[current.Id], Is.EqualTo(ExportStatus.Completed));
            Assert.That(stored[current.Id], Is.True, "the unexpired export keeps its file");
        });

        Assert.That(await CleanupAsync(dryRun: false), Is.EqualTo(new CleanupExpiredExportsResult(0, 0, DryRun: false)), "a second run finds nothing left");
    }

    [Test]
    public async Task Two_cleanup_runs_started_together_expire_each_export_exactly_once()
    {
        const int Count = 40;
        var userId = await OperationsTestData.CreateUserAsync(worker.Services);
        var exports = new List<Export>();
        for (var i = 0; i < Count; i++)
        {
            exports.Add(await OperationsTestData.AddStoredExportAsync(worker.Services, userId, 100 + i));
        }

        await OperationsTestData.SetExpiryAsync(worker.Services, exports, DateTimeOffset.UtcNow.AddHours(-1));

        var results = await Task.WhenAll(CleanupAsync(dryRun: false, batchSize: 3), CleanupAsync(dryRun: false, batchSize: 3));

        Assert.That(results.Sum(r => r.Count), Is.EqualTo(Count), $"runs reported {results[0].Count} + {results[1].Count}");
        Assert.That(results.Sum(r => r.Bytes), Is.EqualTo(exports.Sum(e => e.SizeBytes!.Value)));
        var statuses = await OperationsTestData.StatusesAsync(worker.Services, exports);
        Assert.That(statuses.Values, Is.All.EqualTo(ExportStatus.Expired));
        foreach (var export in exports)
        {
            Assert.That(await StoredAsync(export), Is.False, $"the file of {export.Id} is deleted");
        }
    }

    [Test]
    public async Task A_real_run_deletes_an_expired_exports_preview_with_its_pdf()
    {
        var userId = await OperationsTestData.CreateUserAsync(worker.Services);
        var expired = await OperationsTestData.AddStoredExportAsync(worker.Services, userId, 1_000, withPreview: true);
        var current = await OperationsTestData.AddStoredExportAsync(worker.Services, userId, 1_000, withPreview: true);
        await OperationsTestData.SetExpiryAsync(worker.Services, [expired], DateTimeOffset.UtcNow.AddDays(-1));
        Assert.That(await storage.ExistsAsync(expired.PreviewStorageKey!, CancellationToken.None), Is.True, "arranged: the preview is stored");

        await CleanupAsync(dryRun: false);

        Assert.Multiple(async () =>
        {
            Assert.That(await storage.ExistsAsync(expired.StorageKey!, CancellationToken.None), Is.False, "the PDF is deleted");
            Assert.That(await storage.ExistsAsync(expired.PreviewStorageKey!, CancellationToken.None), Is.False, "the preview is deleted");
            Assert.That(await storage.ExistsAsync(current.PreviewStorageKey!, CancellationToken.None), Is.True, "an unexpired preview stays");
        });
    }

    private async Task<CleanupExpiredExportsResult> CleanupAsync(bool dryRun, int batchSize = 100)
    {
        await using var scope = worker.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CleanupExpiredExportsCommand(dryRun, batchSize));
    }

    /// <summary>Asks the driver, and for the local driver also the file system itself.</summary>
    private async Task<bool> StoredAsync(Export export)
    {
        var exists = await storage.ExistsAsync(export.StorageKey!, CancellationToken.None);
        if (storage is LocalExportStorage local)
        {
            Assert.That(File.Exists(local.PathFor(export.StorageKey!)), Is.EqualTo(exists), "the driver and the disk agree");
        }

        return exists;
    }
}
