using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Ports;
using ResumeExport.Infrastructure.Persistence;
using ResumeExport.ServiceDefaults;

namespace ResumeExport.Infrastructure.Telemetry;

public static class CoreTelemetryServiceCollectionExtensions
{
    /// <summary>
    /// What the core adapters add to the process's telemetry (ServiceDefaults): our own source and meter, MassTransit's,
    /// Npgsql's commands, and the export and e-mail counters, which follow committed rows whatever code path changed them.
    /// </summary>
    public static IServiceCollection AddCoreTelemetry(this IServiceCollection services)
    {
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing
            .AddSource(ResumeExportTelemetry.SourceName)
            .AddSource(DiagnosticHeaders.DefaultListenerName)
            .AddNpgsql());
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics
            .AddMeter(ResumeExportTelemetry.SourceName)
            .AddMeter(InstrumentationOptions.MeterName));

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
