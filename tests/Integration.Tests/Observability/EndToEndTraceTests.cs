using System.Diagnostics;
using System.Net.Http.Json;
using OpenTelemetry.Trace;
using ResumeExport.Integration.Tests.Email;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Email.Exports;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Observability;

/// <summary>
/// One trace from the HTTP request through the outbox and RabbitMQ into the PDF worker (render, store) and on into the
/// e-mail worker (send). All three hosts run in this process, so one in-memory exporter sees every span.
/// </summary>
[NonParallelizable]
public sealed class EndToEndTraceTests : IntegrationFixture
{
    [Test]
    public async Task A_free_tier_export_is_one_trace_from_the_request_to_the_sent_email()
    {
        var apiSpans = new List<Activity>();
        var pdfSpans = new List<Activity>();
        var emailSpans = new List<Activity>();
        await using var smtp = new CapturingSmtpServer();
        smtp.Start();
        var storage = new Dictionary<string, string?>
        {
            ["Storage:Driver"] = "local",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Sender"] = "no-reply@resume-export.test",
            ["Smtp:Security"] = "none",
        };
        await using var api = new ApiFactory(ConnectionString, VirtualHost, storage,
            configureServices: services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(apiSpans)));
        api.StartServer();
        await using var pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, storage,
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(pdfSpans)));
        await using var emailWorker = new WorkerFactory<SendExportEmailConsumer>(ConnectionString, VirtualHost, storage,
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(emailSpans)));
        _ = pdfWorker.Services;
        _ = emailWorker.Services;

        using var client = api.CreateClient();
        var email = $"trace-{Guid.NewGuid():N}@example.com";
        var (token, _) = await ApiClient.RegisterAsync(client, email);
        client.Authorize(token);
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic("Traced")))["id"]!.GetValue<string>();

        var response = await client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf" });
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        var exportId = (await ApiClient.ReadJsonAsync(response))["id"]!.GetValue<string>();

        await Eventually.UntilAsync(() => smtp.MessagesTo(email).Count > 0, "the free-tier e-mail", TimeSpan.FromSeconds(90));

        // The trace starts at the API's server span for this POST (the test's HttpClient span may be its parent).
        var request = Snapshot(apiSpans).Single(s => s.Kind == ActivityKind.Server && s.DisplayName == "POST /api/resumes/{resumeId}/exports");
        var traceId = request.TraceId;
        var trace = await Eventually.UntilAsync(
            () => Task.FromResult(Snapshot(pdfSpans).Concat(Snapshot(emailSpans)).Concat(Snapshot(apiSpans)).Where(s => s.TraceId == traceId).Distinct().ToArray()),
            found => found.Any(s => s.DisplayName == "send email"),
            "the send span in the request's trace");

        var names = trace.Select(s => s.DisplayName).ToArray();
        Assert.That(exportId, Is.Not.Empty);
        Assert.That(Snapshot(pdfSpans).Where(s => s.TraceId == traceId).Select(s => s.DisplayName), Is.SupersetOf(new[] { "render pdf", "store pdf" }));
        Assert.That(Snapshot(emailSpans).Where(s => s.TraceId == traceId).Select(s => s.DisplayName), Does.Contain("send email"));
        Assert.That(trace.Any(s => s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore"), Is.True, string.Join(", ", names));
        Assert.That(names, Is.SupersetOf(new[] { "render pdf", "store pdf", "send email" }), string.Join(", ", names));
        Assert.That(trace.Count(s => s.Kind == ActivityKind.Consumer), Is.GreaterThanOrEqualTo(2), "a consumer span in each worker: " + string.Join(", ", names));
    }

    // The exporter appends from other threads; copy until a copy succeeds.
    private static Activity[] Snapshot(List<Activity> spans)
    {
        while (true)
        {
            try
            {
                return [.. spans];
            }
            catch (InvalidOperationException)
            {
            }
        }
    }
}
