using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Infrastructure.Persistence;

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
}
