using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Ports;
using ResumeExport.Infrastructure.Persistence;

namespace ResumeExport.Infrastructure.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Traces, metrics and logs for one process: ASP.NET Core, HttpClient, Npgsql, MassTransit and our own source and
    /// meter. Exported over OTLP when the standard OTEL_EXPORTER_OTLP_ENDPOINT variable is set (protocol, intervals and
    /// the rest from the other standard OTEL_* variables). Background polling is not traced on its own
    /// (<see cref="OperationsOnlySampler"/>) unless OTEL_TRACES_SAMPLER chooses another sampler.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        var builder = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? serviceName))
            .WithTracing(tracing =>
            {
                tracing
                    .AddSource(ResumeExportTelemetry.SourceName)
                    .AddSource(DiagnosticHeaders.DefaultListenerName)
                    .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddNpgsql();
                if (string.IsNullOrWhiteSpace(configuration["OTEL_TRACES_SAMPLER"]))
                {
                    tracing.SetSampler(OperationsOnlySampler.ParentBased);
                }
            })
            .WithMetrics(metrics => metrics
                .AddMeter(ResumeExportTelemetry.SourceName)
                .AddMeter(InstrumentationOptions.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithLogging(configureBuilder: null, configureOptions: logging =>
            {
                logging.IncludeFormattedMessage = true; // the dashboard shows the message, not its template
                logging.IncludeScopes = true;           // export and job ids from log scopes become attributes
            });

        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.UseOtlpExporter();
        }

        // Export and e-mail counters follow committed rows, whatever code path changed them.
        services.AddSingleton<LifecycleMetricsInterceptor>();
        services.ConfigureDbContext<AppDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<LifecycleMetricsInterceptor>()));
        return services;
    }

    /// <summary>
    /// Render and store timings and stored bytes, measured around the renderer and the storage driver the host registered.
    /// Call it after those registrations (the PDF worker does, last).
    /// </summary>
    public static IServiceCollection AddExportPipelineMetrics(this IServiceCollection services) =>
        services
            .Decorate<IResumePdfRenderer>((sp, inner) =>
                new MeteredPdfRenderer(inner, sp.GetRequiredService<ResumeExportMetrics>(), sp.GetRequiredService<TimeProvider>()))
            .Decorate<IExportStorage>((sp, inner) =>
                new MeteredExportStorage(inner, sp.GetRequiredService<ResumeExportMetrics>(), sp.GetRequiredService<TimeProvider>()));
}
