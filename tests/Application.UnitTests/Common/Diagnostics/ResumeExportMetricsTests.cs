using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.UnitTests.Common.Diagnostics;

/// <summary>The instrument names, units and attributes are what docs/metrics.md and the alert rules rely on.</summary>
public sealed class ResumeExportMetricsTests
{
    private ServiceProvider provider = null!;
    private ResumeExportMetrics metrics = null!;

    [SetUp]
    public void SetUp()
    {
        provider = new ServiceCollection().AddMetrics().AddSingleton<ResumeExportMetrics>().BuildServiceProvider();
        metrics = provider.GetRequiredService<ResumeExportMetrics>();
    }

    [TearDown]
    public void TearDown() => provider.Dispose();

    [Test]
    public void A_failed_export_counts_once_under_its_error_code_and_format()
    {
        using var failed = Collect<long>("resume_export.exports.failed");

        metrics.ExportFailed("render_timeout", "pdf");

        var measurement = failed.GetMeasurementSnapshot().Single();
        Assert.That(measurement.Value, Is.EqualTo(1));
        Assert.That(measurement.Tags["error.type"], Is.EqualTo("render_timeout"));
        Assert.That(measurement.Tags["resume_export.export.format"], Is.EqualTo("pdf"));
        Assert.That(failed.Instrument!.Unit, Is.EqualTo("{export}"));
    }

    [Test]
    public void Requested_and_completed_exports_carry_their_delivery_format_and_the_storage_driver()
    {
        using var requested = Collect<long>("resume_export.exports.requested");
        using var completed = Collect<long>("resume_export.exports.completed");

        metrics.ExportRequested(ExportDelivery.Email, "markdown");
        metrics.ExportCompleted(ExportDelivery.Download, "s3", "docx");

        Assert.That(requested.LastMeasurement!.Tags["resume_export.export.format"], Is.EqualTo("markdown"));
        Assert.That(completed.LastMeasurement!.Tags["resume_export.export.format"], Is.EqualTo("docx"));
        Assert.That(requested.LastMeasurement!.Tags["resume_export.export.delivery"], Is.EqualTo("email"));
        Assert.That(completed.LastMeasurement!.Tags["resume_export.export.delivery"], Is.EqualTo("download"));
        Assert.That(completed.LastMeasurement.Tags["resume_export.storage.driver"], Is.EqualTo("s3"));
    }

    [Test]
    public void Render_durations_are_seconds_by_format_and_only_failures_carry_an_error_type()
    {
        using var render = Collect<double>("resume_export.export.render.duration");

        metrics.ExportRendered("pdf", TimeSpan.FromMilliseconds(1500), errorType: null);
        metrics.ExportRendered("text", TimeSpan.FromSeconds(30), "render_timeout");

        var measurements = render.GetMeasurementSnapshot();
        Assert.That(render.Instrument!.Unit, Is.EqualTo("s"));
        Assert.That(measurements.Select(m => m.Value), Is.EqualTo(new[] { 1.5, 30 }));
        Assert.That(measurements[0].Tags.ContainsKey("error.type"), Is.False);
        Assert.That(measurements[1].Tags["error.type"], Is.EqualTo("render_timeout"));
        Assert.That(measurements.Select(m => m.Tags["resume_export.export.format"]), Is.EqualTo(new object?[] { "pdf", "text" }));
    }

    [Test]
    public void A_stored_pdf_records_its_duration_and_its_bytes_but_a_failed_store_records_no_bytes()
    {
        using var duration = Collect<double>("resume_export.export.store.duration");
        using var size = Collect<long>("resume_export.export.size");

        metrics.PdfStored("local", TimeSpan.FromMilliseconds(20), 48_000, errorType: null);
        metrics.PdfStored("s3", TimeSpan.FromMilliseconds(900), 51_000, "storage_failed");

        Assert.That(size.Instrument!.Unit, Is.EqualTo("By"));
        Assert.That(size.GetMeasurementSnapshot().Select(m => (m.Value, m.Tags["resume_export.storage.driver"])), Is.EqualTo(new[] { (48_000L, (object?)"local") }));
        Assert.That(duration.GetMeasurementSnapshot().Select(m => m.Tags.GetValueOrDefault("error.type")), Is.EqualTo(new object?[] { null, "storage_failed" }));
    }

    [Test]
    public void E_mail_reasons_are_spelled_as_the_api_spells_them()
    {
        using var sent = Collect<long>("resume_export.emails.sent");
        using var failed = Collect<long>("resume_export.emails.failed");

        metrics.EmailSent(EmailReason.FreeTierExport);
        metrics.EmailFailed(EmailReason.BulkApply, "mailbox_unavailable");

        Assert.That(sent.LastMeasurement!.Tags["resume_export.email.reason"], Is.EqualTo("freeTierExport"));
        Assert.That(failed.LastMeasurement!.Tags["resume_export.email.reason"], Is.EqualTo("bulkApply"));
        Assert.That(failed.LastMeasurement.Tags["error.type"], Is.EqualTo("mailbox_unavailable"));
    }

    [Test]
    public void A_webhook_dead_letter_counts_under_its_provider()
    {
        using var deadLettered = Collect<long>("resume_export.billing.webhooks.dead_lettered");

        metrics.WebhookDeadLettered("stripe");

        Assert.That(deadLettered.LastMeasurement!.Tags["resume_export.billing.provider"], Is.EqualTo("stripe"));
        Assert.That(deadLettered.LastMeasurement.Value, Is.EqualTo(1));
    }

    private MetricCollector<T> Collect<T>(string instrument)
        where T : struct =>
        new(provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), ResumeExportTelemetry.SourceName, instrument);
}
