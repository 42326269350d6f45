using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;
using ResumeExport.Adapters.Messaging;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.ServiceDefaults;

namespace ResumeExport.Integration.Tests.Messaging;

/// <summary>
/// A worker process in miniature: the real messaging adapter (retry, validation filter, outbox relay) hosting the
/// probe consumer, with an in-memory trace exporter.
/// </summary>
public sealed class ProbeWorker : IAsyncDisposable
{
    private readonly IHost host;

    private ProbeWorker(IHost host, ProbeRecorder recorder, List<Activity> spans)
    {
        this.host = host;
        Recorder = recorder;
        Spans = spans;
    }

    public ProbeRecorder Recorder { get; }

    /// <summary>Finished spans of this process; the exporter appends from other threads, so read it through <see cref="SpansSnapshot"/>.</summary>
    private List<Activity> Spans { get; }

    public static async Task<ProbeWorker> StartAsync(string connectionString, string vhost, IDictionary<string, string?>? overrides = null)
    {
        var recorder = new ProbeRecorder();
        var spans = new List<Activity>();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(TestSettings.For(connectionString, vhost));
        builder.Configuration.AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton(recorder);
        builder.Services
            .AddTelemetry(builder.Configuration, "probe-worker")
            .AddApplication(builder.Configuration)
            .AddPersistence(builder.Configuration, "probe-worker")
            .AddMessaging(builder.Configuration, bus => bus.AddConsumer<RenderExportPdfProbeConsumer>().Endpoint(e => e.Name = RenderExportPdfProbeConsumer.QueueName));
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));

        var host = builder.Build();
        await host.StartAsync();
        return new ProbeWorker(host, recorder, spans);
    }

    public Activity[] SpansSnapshot()
    {
        try
        {
            return [.. Spans];
        }
        catch (InvalidOperationException)
        {
            return []; // The exporter appended while we copied; the caller polls again.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
