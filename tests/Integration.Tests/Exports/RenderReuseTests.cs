using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Adapters.Storage;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.CleanupExpiredExports;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Operations;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>
/// Render reuse (decision 35) over the real API, PDF worker, Chromium, PostgreSQL, RabbitMQ and both storage drivers:
/// an export of a version already rendered the same way takes that file without asking the renderer, anything that
/// changes the render renders anew, and cleanup deletes a shared file only with the last export that uses it.
/// </summary>
[TestFixture(StorageOptions.LocalDriver)]
[TestFixture(StorageOptions.S3Driver)]
[NonParallelizable]
public sealed class RenderReuseTests(string driver) : IntegrationFixture
{
    private ApiFactory api = null!;
    private WorkerFactory<RenderExportPdfConsumer> pdfWorker = null!;
    private CountingPdfRenderer renderer = null!;
    private IExportStorage storage = null!;

    [OneTimeSetUp]
    public void StartStack()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Driver"] = driver,
            ["ExportCleanup:Enabled"] = "false", // the tests run cleanup themselves
        };
        api = new ApiFactory(ConnectionString, VirtualHost, settings);
        api.StartServer();
        pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, settings, CountingPdfRenderer.WrapRegisteredRenderer);
        renderer = pdfWorker.Services.GetRequiredService<CountingPdfRenderer>();
        storage = pdfWorker.Services.GetRequiredService<IExportStorage>();
        Assert.That(storage.Driver, Is.EqualTo(driver));
    }

    [OneTimeTearDown]
    public async Task StopStackAsync()
    {
        await pdfWorker.DisposeAsync();
        await api.DisposeAsync();
        if (driver == StorageOptions.S3Driver)
        {
            await S3TestServer.DeleteBucketAsync(VirtualHost);
        }
    }

    [Test]
    public async Task An_unchanged_version_exported_again_takes_the_stored_file_and_spends_no_renderer_time()
    {
        using var reusedCounter = new ReusedExportsCounter(pdfWorker.Services.GetRequiredService<IMeterFactory>());
        var (client, resumeId) = await UserWithResumeAsync();
        var first = await ExportAsync(client, resumeId);
        var rendersAfterFirst = renderer.Renders;

        var second = await ExportAsync(client, resumeId);

        var (firstRow, secondRow) = (await RowAsync(first), await RowAsync(second));
        var reusedLog = await SystemLogOfAsync(second, SystemLogActions.ExportReused);
        Assert.Multiple(() =>
        {
            Assert.That(renderer.Renders, Is.EqualTo(rendersAfterFirst), "the second export never reached the renderer");
            Assert.That(secondRow.ReusedFromExportId, Is.EqualTo(firstRow.Id));
            Assert.That(secondRow.Id, Is.Not.EqualTo(firstRow.Id), "a row of its own");
            Assert.That(secondRow.StorageKey, Is.EqualTo(firstRow.StorageKey), "one file, stored once");
            Assert.That(secondRow.FileSha256, Is.EqualTo(firstRow.FileSha256));
            Assert.That(secondRow.SizeBytes, Is.EqualTo(firstRow.SizeBytes));
            Assert.That(secondRow.ExpiresAt!.Value, Is.GreaterThan(firstRow.ExpiresAt!.Value), "its own expiry, counted from its own completion");
            Assert.That(secondRow.PreviewStorageKey, Is.Not.EqualTo(firstRow.PreviewStorageKey), "its own preview");
            Assert.That(reusedCounter.Value, Is.EqualTo(1), "resume_export.exports.reused counted once");
            Assert.That(reusedLog, Is.Not.Null, "export_reused audited");
            Assert.That(reusedLog!.Quantity, Is.Zero, "no bytes stored");
        });
        var stored = await storage.ReadAsync(secondRow.StorageKey!, CancellationToken.None);
        Assert.That(stored.Take(4), Is.EqualTo("%PDF"u8.ToArray()), "the shared file is the PDF");
    }

    [Test]
    public async Task A_page_size_a_format_a_template_or_an_edit_renders_anew()
    {
        var (client, resumeId) = await UserWithResumeAsync();
        var baseline = await RowAsync(await ExportAsync(client, resumeId));

        var otherPageSize = await ExportAsync(client, resumeId, new { format = "pdf", pageSize = "letter" });
        var otherFormat = await ExportAsync(client, resumeId, new { format = "markdown" });
        var otherTemplate = ResumesApiTests.ToJson(ResumeSamples.Classic("Reuse me"));
        otherTemplate["templateKey"] = "modern"; // the template is part of the resume, so of its version
        await PutAsync(client, resumeId, otherTemplate);
        var modern = await ExportAsync(client, resumeId);
        await PutAsync(client, resumeId, ResumeSamples.Classic("Edited title"));
        var rendersBeforeEdit = renderer.Renders;
        var edited = await ExportAsync(client, resumeId);

        Assert.Multiple(async () =>
        {
            foreach (var id in new[] { otherPageSize, otherFormat, modern, edited })
            {
                var row = await RowAsync(id);
                Assert.That(row.ReusedFromExportId, Is.Null, $"export {row.Format}/{row.PageSize} rendered anew");
                Assert.That(row.StorageKey, Is.Not.EqualTo(baseline.StorageKey));
            }

            Assert.That(renderer.Renders, Is.EqualTo(rendersBeforeEdit + 1), "the edited version went to Chromium");
        });
    }

    [Test]
    public async Task A_file_removed_behind_the_exports_back_is_rendered_anew_rather_than_shared()
    {
        var (client, resumeId) = await UserWithResumeAsync();
        var first = await RowAsync(await ExportAsync(client, resumeId));
        await storage.DeleteAsync(first.StorageKey!, CancellationToken.None);
        var rendersBefore = renderer.Renders;

        var second = await RowAsync(await ExportAsync(client, resumeId));

        Assert.That(second.ReusedFromExportId, Is.Null);
        Assert.That(renderer.Renders, Is.EqualTo(rendersBefore + 1));
        Assert.That(await storage.ExistsAsync(second.StorageKey!, CancellationToken.None), Is.True);
    }

    [Test]
    public async Task A_shared_file_is_deleted_only_when_the_last_export_that_uses_it_expires()
    {
        var (client, resumeId) = await UserWithResumeAsync();
        var first = await RowAsync(await ExportAsync(client, resumeId));
        var second = await RowAsync(await ExportAsync(client, resumeId));
        Assert.That(second.StorageKey, Is.EqualTo(first.StorageKey), "precondition: the file is shared");

        await OperationsTestData.SetExpiryAsync(pdfWorker.Services, [first], DateTimeOffset.UtcNow.AddMinutes(-1));
        var dryRun = await CleanupAsync(dryRun: true);
        var firstRun = await CleanupAsync();
        var afterFirstExpired = await storage.ExistsAsync(first.StorageKey!, CancellationToken.None);
        var download = await client.GetAsync($"/api/resumes/exports/{second.Id}/download");

        await OperationsTestData.SetExpiryAsync(pdfWorker.Services, [second], DateTimeOffset.UtcNow.AddMinutes(-1));
        var lastRun = await CleanupAsync();

        Assert.Multiple(async () =>
        {
            Assert.That((await RowAsync(first.Id.ToString())).Status, Is.EqualTo(ExportStatus.Expired));
            Assert.That(dryRun, Is.EqualTo(new CleanupExpiredExportsResult(1, 0, DryRun: true)), "one export expires, no byte is freed");
            Assert.That(firstRun, Is.EqualTo(new CleanupExpiredExportsResult(1, 0, DryRun: false)));
            Assert.That(lastRun, Is.EqualTo(new CleanupExpiredExportsResult(1, second.SizeBytes!.Value, DryRun: false)), "the file's bytes, once");
            Assert.That(afterFirstExpired, Is.True, "the second export still uses the file");
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK).Or.EqualTo(HttpStatusCode.Redirect), "and it still downloads");
            Assert.That((await RowAsync(second.Id.ToString())).Status, Is.EqualTo(ExportStatus.Expired));
            Assert.That(await storage.ExistsAsync(first.StorageKey!, CancellationToken.None), Is.False, "deleted with the last export that used it");
        });
        if (storage is LocalExportStorage local)
        {
            Assert.That(File.Exists(local.PathFor(first.StorageKey!)), Is.False, "gone from the disk too");
        }
    }

    private async Task<(HttpClient Client, string ResumeId)> UserWithResumeAsync()
    {
        var (client, _) = await TestData.SignedInClientAsync(api, "pro");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic("Reuse me")))["id"]!.GetValue<string>();
        return (client, resumeId);
    }

    private static async Task PutAsync(HttpClient client, string resumeId, object resume)
    {
        var response = await client.PutAsJsonAsync($"/api/resumes/{resumeId}", resume);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> ExportAsync(HttpClient client, string resumeId, object? body = null)
    {
        var id = (await ExportClient.RequestAsync(client, resumeId, body))["id"]!.GetValue<string>();
        var done = await ExportClient.WaitUntilFinishedAsync(client, id);
        Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("completed"), done.ToJsonString());
        return id;
    }

    private async Task<Export> RowAsync(string exportId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var id = Guid.Parse(exportId);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Exports.AsNoTracking().SingleAsync(e => e.Id == id);
    }

    private async Task<SystemLog?> SystemLogOfAsync(string exportId, string action)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var logs = await scope.ServiceProvider.GetRequiredService<AppDbContext>().SystemLogs.AsNoTracking().Where(l => l.Action == action).ToListAsync();
        return logs.SingleOrDefault(l => l.Metadata.Contains(exportId, StringComparison.Ordinal));
    }

    private async Task<CleanupExpiredExportsResult> CleanupAsync(bool dryRun = false)
    {
        await using var scope = pdfWorker.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CleanupExpiredExportsCommand(dryRun, BatchSize: 100));
    }

    /// <summary>The worker's own <c>resume_export.exports.reused</c> counter, read in-process (other hosts' meters are other scopes).</summary>
    private sealed class ReusedExportsCounter : IDisposable
    {
        private readonly MeterListener listener = new();
        private long value;

        public ReusedExportsCounter(IMeterFactory workerMeters)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "resume_export.exports.reused" && ReferenceEquals(instrument.Meter.Scope, workerMeters))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((_, measurement, _, _) => Interlocked.Add(ref value, measurement));
            listener.Start();
        }

        public long Value => Interlocked.Read(ref value);

        public void Dispose() => listener.Dispose();
    }
}
