using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Doubles.Otlp;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Observability;

/// <summary>
/// The API and both workers run as their own OS processes, configured only by the standard OTEL_* settings, and export
/// to an OTLP/HTTP receiver in the test. One free-plan export must arrive as one trace, linked parent to child, from the
/// HTTP request through the outbox relay and RabbitMQ into the PDF worker (render, store) and on into the e-mail worker
/// (send); each process also sends its metrics and its logs.
/// </summary>
[NonParallelizable]
public sealed class OtlpExportTests : IntegrationFixture
{
    private const string Api = "resume-export-api";
    private const string PdfWorker = "resume-export-worker-pdf";
    private const string EmailWorker = "resume-export-worker-email";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    private OtlpReceiver receiver = null!;
    private CapturingSmtpServer smtp = null!;
    private readonly List<WorkerProcess> processes = [];
    private HttpClient client = null!;
    private string email = null!;
    private string exportId = null!;

    [OneTimeSetUp]
    public async Task RunOneExportAcrossThreeProcessesAsync()
    {
        receiver = await OtlpReceiver.StartAsync();
        smtp = new CapturingSmtpServer();
        smtp.Start();
        var apiUrl = $"http://127.0.0.1:{FreeLoopbackPort()}";
        var settings = TestSettings.For(ConnectionString, VirtualHost);
        settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Endpoint;
        settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        settings["OTEL_BSP_SCHEDULE_DELAY"] = "200";     // ms between span batches
        settings["OTEL_BLRP_SCHEDULE_DELAY"] = "200";    // ms between log batches
        settings["OTEL_METRIC_EXPORT_INTERVAL"] = "500"; // ms between metric exports
        settings["Smtp:Host"] = "127.0.0.1";
        settings["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        settings["Smtp:Sender"] = "no-reply@resume-export.test";
        settings["Smtp:Security"] = "none";

        processes.Add(WorkerProcess.Start("ResumeExport.Api", new Dictionary<string, string?>(settings) { ["ASPNETCORE_URLS"] = apiUrl }));
        client = new HttpClient { BaseAddress = new Uri(apiUrl) };
        await Eventually.UntilAsync(
            async () => (await TryGetAsync("/health/ready"))?.IsSuccessStatusCode == true, ready => ready,
            "the API process to be ready: " + processes[0].RecentOutput, Deadline);
        processes.Add(WorkerProcess.Start("ResumeExport.Workers.Pdf", settings));
        processes.Add(WorkerProcess.Start("ResumeExport.Workers.Email", settings));

        email = $"otlp-{Guid.NewGuid():N}@example.com";
        var (token, _) = await ApiClient.RegisterAsync(client, email);
        client.Authorize(token);
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic("Traced across processes")))["id"]!.GetValue<string>();
        var response = await client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        exportId = (await ApiClient.ReadJsonAsync(response))["id"]!.GetValue<string>();

        await Eventually.UntilAsync(
            () => smtp.MessagesTo(email).Count > 0,
            "the free-plan e-mail; processes said:" + string.Join(Environment.NewLine, processes.Select(p => p.RecentOutput)),
            Deadline);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        client?.Dispose();
        foreach (var process in processes)
        {
            process.Dispose();
        }

        await smtp.DisposeAsync();
        await receiver.DisposeAsync();
    }

    [Test]
    public async Task One_export_is_one_unbroken_trace_from_the_request_through_the_outbox_and_rabbitmq_to_the_sent_email()
    {
        var trace = await Eventually.UntilAsync(
            () => Task.FromResult(ExportTrace()),
            // Each process exports its spans in its own batches, so the send span can arrive before a parent from
            // another batch: wait until no span is left without its parent, not just until the last one arrived.
            t => t is not null && t.Spans.Any(s => s.Name == "send email") && t.Spans.Any(s => s.Name == "store pdf") && t.Roots.Count() == 1,
            "the export's trace to reach the receiver with its send span and every span's parent",
            Deadline);

        var request = trace!.Roots.Single();
        Assert.That(trace.Spans.Select(s => s.Service).Distinct(), Is.EquivalentTo(new[] { Api, PdfWorker, EmailWorker }), trace.ToString());

        // Parent links from the sent e-mail back to the request, step by step, across the three processes.
        var send = trace.Spans.Single(s => s.Name == "send email");
        var path = trace.PathTo(send);
        var steps = MatchInOrder(path,
            ("the HTTP request", s => s == request && s.Service == Api && s.Kind == SpanKind.Server),
            ("the outbox relay publishing RenderExportPdf", s => IsOutboxPublish(s, "RenderExportPdf")),
            ("the send to RabbitMQ", s => s.Kind == SpanKind.Producer),
            ("the PDF worker consuming it", s => s.Service == PdfWorker && s.Kind == SpanKind.Consumer),
            ("the render use case", s => s.Service == PdfWorker && s.Name == "use-case RenderExportCommand"),
            ("the outbox relay publishing SendExportEmail", s => IsOutboxPublish(s, "SendExportEmail")),
            ("the send to RabbitMQ", s => s.Kind == SpanKind.Producer),
            ("the e-mail worker consuming it", s => s.Service == EmailWorker && s.Kind == SpanKind.Consumer),
            ("the e-mail use case", s => s.Service == EmailWorker && s.Name == "use-case SendExportEmailCommand"),
            ("the send", s => s == send && s.Service == EmailWorker));
        Assert.That(steps, Has.Count.EqualTo(10), $"the path to the send was: {string.Join(" -> ", path)}{Environment.NewLine}{trace}");

        // Each consumer's parent is the producer span of another hop: the context crossed RabbitMQ, not just the process.
        foreach (var consumer in new[] { steps[3], steps[7] })
        {
            Assert.That(path[path.IndexOf(consumer) - 1].Kind, Is.EqualTo(SpanKind.Producer), $"{consumer} hangs under the send");
        }

        // Render and store run inside the PDF worker's use case of this export.
        var renderUseCase = steps[4];
        foreach (var name in new[] { "render pdf", "store pdf" })
        {
            var span = trace.Spans.Single(s => s.Name == name);
            Assert.That(span.Service, Is.EqualTo(PdfWorker));
            Assert.That(trace.PathTo(span), Does.Contain(renderUseCase), $"{name} under the render use case");
        }

        Assert.That(trace.Spans.Single(s => s.Name == "render pdf").Attributes["export.id"], Is.EqualTo(exportId));
        Assert.That(request.Name, Is.EqualTo("POST /api/resumes/{resumeId}/exports"));
    }

    [Test]
    public async Task Each_process_exports_the_metrics_of_its_part_of_the_export()
    {
        bool Has(string service, string name, Func<ReceivedMetricPoint, bool>? where = null) =>
            receiver.MetricPoints.Any(p => p.Service == service && p.Name == name && (where?.Invoke(p) ?? true));

        await Eventually.UntilAsync(
            () => Has(Api, "resume_export.exports.requested", p => p.Attributes["resume_export.export.delivery"] == "email" && p.Value >= 1)
                && Has(PdfWorker, "resume_export.exports.completed", p => p.Attributes["resume_export.storage.driver"] == "local" && p.Value >= 1)
                && Has(PdfWorker, "resume_export.export.render.duration", p => p.Count >= 1)
                && Has(PdfWorker, "resume_export.export.store.duration", p => p.Count >= 1)
                && Has(PdfWorker, "resume_export.export.size", p => p.Value > 1000)
                && Has(EmailWorker, "resume_export.emails.sent", p => p.Attributes["resume_export.email.reason"] == "freeTierExport" && p.Value >= 1)
                && Has(Api, "resume_export.outbox.backlog"),
            "the export's metrics from the three processes; got: " + string.Join(", ", receiver.MetricPoints.Where(p => p.Name.StartsWith("resume_export.", StringComparison.Ordinal)).Select(p => $"{p.Service}:{p.Name}").Distinct()),
            Deadline);

        var renderSeconds = receiver.MetricPoints.Last(p => p.Service == PdfWorker && p.Name == "resume_export.export.render.duration");
        Assert.That(renderSeconds.Unit, Is.EqualTo("s"));
        Assert.That(renderSeconds.Value / renderSeconds.Count, Is.GreaterThan(0).And.LessThan(30), "seconds, not milliseconds");
    }

    [Test]
    public async Task Each_process_exports_its_logs_and_the_workers_log_lines_carry_the_export_trace()
    {
        var trace = await Eventually.UntilAsync(() => Task.FromResult(ExportTrace()), t => t is not null, "the export's trace", Deadline);

        await Eventually.UntilAsync(
            () => receiver.LogRecords.Any(l => l.Service == Api)
                && receiver.LogRecords.Any(l => l.Service == PdfWorker && l.TraceId == trace!.Spans[0].TraceId)
                && receiver.LogRecords.Any(l => l.Service == EmailWorker && l.TraceId == trace!.Spans[0].TraceId),
            "log records from the API and, in the export's trace, from both workers",
            Deadline);
    }

    private ReceivedTrace? ExportTrace()
    {
        var request = receiver.Spans.FirstOrDefault(s => s.Service == Api && s.Kind == SpanKind.Server && s.Name == "POST /api/resumes/{resumeId}/exports");
        return request is null ? null : new ReceivedTrace(request.TraceId, receiver.Spans);
    }

    private static bool IsOutboxPublish(ReceivedSpan span, string messageType) =>
        span.Name == "outbox publish" && span.Attributes.TryGetValue("messaging.message.type", out var type) && type.Contains(messageType, StringComparison.Ordinal);

    // The spans of the path matching each step in turn (a step may skip spans in between, e.g. database calls).
    private static List<ReceivedSpan> MatchInOrder(List<ReceivedSpan> path, params (string What, Func<ReceivedSpan, bool> Is)[] steps)
    {
        var matched = new List<ReceivedSpan>();
        var next = 0;
        foreach (var span in path)
        {
            if (next < steps.Length && steps[next].Is(span))
            {
                matched.Add(span);
                next++;
            }
        }

        Assert.That(next, Is.EqualTo(steps.Length), next < steps.Length ? $"missing: {steps[next].What}" : string.Empty);
        return matched;
    }

    private async Task<HttpResponseMessage?> TryGetAsync(string path)
    {
        try
        {
            return await client.GetAsync(path);
        }
        catch (HttpRequestException)
        {
            return null; // not listening yet
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
