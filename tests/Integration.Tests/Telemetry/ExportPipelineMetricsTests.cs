using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Integration.Tests.Rendering;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Telemetry;

/// <summary>The PDF worker as it is wired: its renderer (real Chromium) and its storage driver are timed, stored bytes counted.</summary>
public sealed class ExportPipelineMetricsTests : IntegrationFixture
{
    private WorkerFactory<RenderExportPdfConsumer> worker = null!;

    [OneTimeSetUp]
    public void StartWorker() => worker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost);

    [OneTimeTearDown]
    public async Task StopWorkerAsync() => await worker.DisposeAsync();

    [Test]
    public async Task Rendering_a_resume_records_its_duration_without_an_error_type()
    {
        using var duration = Collect<double>("resume_export.export.render.duration");

        var pdf = await worker.Services.GetRequiredService<IResumePdfRenderer>()
            .RenderAsync(RenderingSamples.Request(RenderingSamples.Rich("classic")), CancellationToken.None);

        var measurement = duration.GetMeasurementSnapshot().Single();
        Assert.That(pdf.Content, Is.Not.Empty);
        Assert.That(measurement.Value, Is.GreaterThan(0).And.LessThan(30));
        Assert.That(measurement.Tags.ContainsKey("error.type"), Is.False);
    }

    [Test]
    public async Task Storing_a_pdf_records_its_duration_and_its_bytes_under_the_driver()
    {
        using var duration = Collect<double>("resume_export.export.store.duration");
        using var size = Collect<long>("resume_export.export.size");
        var storage = worker.Services.GetRequiredService<IExportStorage>();

        await storage.SaveAsync($"exports/{Guid.NewGuid():N}.pdf", new byte[48_000], "application/pdf", CancellationToken.None);

        Assert.That(size.GetMeasurementSnapshot().Select(m => (m.Value, m.Tags["resume_export.storage.driver"])), Is.EqualTo(new[] { (48_000L, (object?)"local") }));
        Assert.That(duration.GetMeasurementSnapshot().Single().Tags["resume_export.storage.driver"], Is.EqualTo("local"));
    }

    [Test]
    public void A_store_that_fails_records_its_duration_with_the_error_type_and_no_bytes()
    {
        using var duration = Collect<double>("resume_export.export.store.duration");
        using var size = Collect<long>("resume_export.export.size");
        var storage = worker.Services.GetRequiredService<IExportStorage>();

        Assert.CatchAsync(() => storage.SaveAsync("../outside-the-root.pdf", new byte[10], "application/pdf", CancellationToken.None));

        Assert.That(size.GetMeasurementSnapshot(), Is.Empty);
        Assert.That(duration.GetMeasurementSnapshot().Single().Tags["error.type"], Is.EqualTo(nameof(ArgumentException)));
    }

    private MetricCollector<T> Collect<T>(string instrument)
        where T : struct =>
        new(worker.Services.GetRequiredService<IMeterFactory>(), "ResumeExport", instrument);
}
