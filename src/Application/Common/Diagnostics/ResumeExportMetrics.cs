using System.Diagnostics;
using System.Diagnostics.Metrics;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Common.Diagnostics;

/// <summary>The instruments on-call alerts on (meter <c>ResumeExport</c>); keep docs/metrics.md in step.</summary>
public sealed class ResumeExportMetrics
{
    // Render and store run up to the 30 s timeout; default boundaries stop at 10 s.
    private static readonly double[] DurationBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60];

    // PDFs run from ~20 KB to a few MB.
    private static readonly long[] SizeBoundaries = [16_384, 65_536, 262_144, 1_048_576, 4_194_304, 16_777_216];

    private readonly Counter<long> exportsRequested;
    private readonly Counter<long> exportsCompleted;
    private readonly Counter<long> exportsFailed;
    private readonly Counter<long> exportsReused;
    private readonly Histogram<double> renderDuration;
    private readonly Histogram<double> storeDuration;
    private readonly Histogram<long> storedSize;
    private readonly Counter<long> emailsSent;
    private readonly Counter<long> emailsFailed;
    private readonly Counter<long> webhooksDeadLettered;
    private readonly Counter<long> browsersRecycled;

    public ResumeExportMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(ResumeExportTelemetry.SourceName);
        exportsRequested = meter.CreateCounter<long>("resume_export.exports.requested", "{export}", "Exports accepted for rendering (committed), by format.");
        exportsCompleted = meter.CreateCounter<long>("resume_export.exports.completed", "{export}", "Exports whose file was stored (committed), by format.");
        exportsFailed = meter.CreateCounter<long>("resume_export.exports.failed", "{export}", "Exports that failed for good, by error code and format (committed).");
        exportsReused = meter.CreateCounter<long>("resume_export.exports.reused", "{export}",
            "Exports completed with an earlier export's stored file of the same render instead of rendering (committed), by format.");
        renderDuration = meter.CreateHistogram("resume_export.export.render.duration", "s", "Time to render one export file by format (PDFs in Chromium, the rest written directly), failures included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBoundaries });
        storeDuration = meter.CreateHistogram("resume_export.export.store.duration", "s", "Time to write one PDF to the storage driver, failures included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBoundaries });
        storedSize = meter.CreateHistogram("resume_export.export.size", "By", "Bytes of each PDF written to storage; the sum is the bytes stored.",
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = SizeBoundaries });
        emailsSent = meter.CreateCounter<long>("resume_export.emails.sent", "{email}", "E-mails handed to the SMTP server (committed).");
        emailsFailed = meter.CreateCounter<long>("resume_export.emails.failed", "{email}", "E-mails that failed for good, by reason and error code (committed).");
        webhooksDeadLettered = meter.CreateCounter<long>("resume_export.billing.webhooks.dead_lettered", "{event}",
            "Verified billing webhook events whose handling failed and that were stored as failed (dead letters).");
        browsersRecycled = meter.CreateCounter<long>("resume_export.chromium.recycled", "{browser}",
            "Chromium browsers the PDF worker replaced by a fresh one, by reason (renders or memory).");
    }

    public void ExportRequested(ExportDelivery delivery, string format) =>
        exportsRequested.Add(1,
            new KeyValuePair<string, object?>(MetricAttributes.ExportDelivery, Lower(delivery)),
            new KeyValuePair<string, object?>(MetricAttributes.ExportFormat, format));

    public void ExportCompleted(ExportDelivery delivery, string? storageDriver, string format) =>
        exportsCompleted.Add(1,
            new KeyValuePair<string, object?>(MetricAttributes.ExportDelivery, Lower(delivery)),
            new KeyValuePair<string, object?>(MetricAttributes.StorageDriver, storageDriver),
            new KeyValuePair<string, object?>(MetricAttributes.ExportFormat, format));

    /// <summary>Counted besides <see cref="ExportCompleted"/>: a reused export is also a completed one.</summary>
    public void ExportReused(string? storageDriver, string format) =>
        exportsReused.Add(1,
            new KeyValuePair<string, object?>(MetricAttributes.StorageDriver, storageDriver),
            new KeyValuePair<string, object?>(MetricAttributes.ExportFormat, format));

    public void ExportFailed(string? errorCode, string format) =>
        exportsFailed.Add(1,
            new KeyValuePair<string, object?>(MetricAttributes.ErrorType, errorCode ?? "unknown"),
            new KeyValuePair<string, object?>(MetricAttributes.ExportFormat, format));

    /// <param name="format">One of <c>ExportFormats.All</c>.</param>
    /// <param name="errorType">Null on success.</param>
    public void ExportRendered(string format, TimeSpan elapsed, string? errorType)
    {
        var tags = ErrorTag(errorType);
        tags.Add(MetricAttributes.ExportFormat, format);
        renderDuration.Record(elapsed.TotalSeconds, tags);
    }

    public void PdfStored(string storageDriver, TimeSpan elapsed, long bytes, string? errorType)
    {
        var driver = new KeyValuePair<string, object?>(MetricAttributes.StorageDriver, storageDriver);
        if (errorType is null)
        {
            storeDuration.Record(elapsed.TotalSeconds, driver);
            storedSize.Record(bytes, driver);
        }
        else
        {
            storeDuration.Record(elapsed.TotalSeconds, driver, new KeyValuePair<string, object?>(MetricAttributes.ErrorType, errorType));
        }
    }

    public void EmailSent(EmailReason reason) =>
        emailsSent.Add(1, new KeyValuePair<string, object?>(MetricAttributes.EmailReason, CamelCase(reason)));

    public void EmailFailed(EmailReason reason, string? errorCode) =>
        emailsFailed.Add(1,
            new KeyValuePair<string, object?>(MetricAttributes.EmailReason, CamelCase(reason)),
            new KeyValuePair<string, object?>(MetricAttributes.ErrorType, errorCode ?? "unknown"));

    public void WebhookDeadLettered(string provider) =>
        webhooksDeadLettered.Add(1, new KeyValuePair<string, object?>(MetricAttributes.BillingProvider, provider));

    /// <param name="reason"><c>renders</c> or <c>memory</c>.</param>
    public void BrowserRecycled(string reason) =>
        browsersRecycled.Add(1, new KeyValuePair<string, object?>(MetricAttributes.BrowserRecycleReason, reason));

    private static TagList ErrorTag(string? errorType) =>
        errorType is null ? default : new TagList { { MetricAttributes.ErrorType, errorType } };

    private static string Lower(ExportDelivery delivery) => delivery.ToString().ToLowerInvariant();

    // The reasons as the API and the export-ops counters spell them: freeTierExport, bulkApply.
    private static string CamelCase(EmailReason reason)
    {
        var name = reason.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
