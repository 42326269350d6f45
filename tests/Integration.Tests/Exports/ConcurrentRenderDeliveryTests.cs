using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Exports.RenderExport;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>
/// Decision 43 over the real API, PDF worker, Chromium, PostgreSQL and RabbitMQ: a second copy of an export's render
/// message (as a relay re-publish delivers one) handled while the first copy is still rendering is skipped, not rendered
/// and stored again; a copy handled after the first finished reads the finished row and skips too.
/// </summary>
[NonParallelizable]
public sealed class ConcurrentRenderDeliveryTests : IntegrationFixture
{
    private static readonly TimeSpan CopyDeadline = TimeSpan.FromSeconds(30);
    private ApiFactory api = null!;
    private WorkerFactory<RenderExportPdfConsumer> pdfWorker = null!;
    private GatedPdfRenderer renderer = null!;

    [OneTimeSetUp]
    public void StartStack()
    {
        api = new ApiFactory(ConnectionString, VirtualHost);
        api.StartServer();
        pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, configureServices: GatedPdfRenderer.WrapRegisteredRenderer);
        renderer = pdfWorker.Services.GetRequiredService<GatedPdfRenderer>();
    }

    [OneTimeTearDown]
    public async Task StopStackAsync()
    {
        renderer.Open();
        await pdfWorker.DisposeAsync();
        await api.DisposeAsync();
    }

    [Test]
    public async Task A_copy_handled_while_the_first_delivery_renders_is_skipped_and_the_export_is_stored_once()
    {
        var (client, _) = await TestData.SignedInClientAsync(api, "pro");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic("Rendered once")))["id"]!.GetValue<string>();
        var exportId = (await ExportClient.RequestAsync(client, resumeId))["id"]!.GetValue<string>();
        await Eventually.UntilAsync(() => renderer.Started == 1, "the worker's delivery to reach the renderer");

        // Without the lock the copy would render too, and wait at the gate: the deadline fails the test then.
        var whileRendering = await HandleCopyAsync(Guid.Parse(exportId)).WaitAsync(CopyDeadline);
        renderer.Open();
        var finished = await ExportClient.WaitUntilFinishedAsync(client, exportId);
        var afterwards = await HandleCopyAsync(Guid.Parse(exportId)).WaitAsync(CopyDeadline);
        var stored = await StoredRecordsAsync(exportId);

        Assert.Multiple(() =>
        {
            Assert.That(whileRendering, Is.EqualTo(RenderExportOutcome.Skipped), "the copy found the render lock held");
            Assert.That(finished["status"]!.GetValue<string>(), Is.EqualTo("completed"));
            Assert.That(afterwards, Is.EqualTo(RenderExportOutcome.Skipped), "a late copy reads the completed row");
            Assert.That(renderer.Started, Is.EqualTo(1), "rendered once");
            Assert.That(stored, Is.EqualTo(1), "one export_stored record");
        });
    }

    private async Task<RenderExportOutcome> HandleCopyAsync(Guid exportId)
    {
        await using var scope = pdfWorker.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RenderExportCommand(exportId, IsLastAttempt: false));
    }

    private async Task<int> StoredRecordsAsync(string exportId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var logs = await scope.ServiceProvider.GetRequiredService<AppDbContext>().SystemLogs.AsNoTracking()
            .Where(l => l.Action == SystemLogActions.ExportStored).ToListAsync();
        return logs.Count(l => l.Metadata.Contains(exportId, StringComparison.Ordinal));
    }
}
