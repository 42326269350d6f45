using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ResumeExport.ServiceDefaults;

internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Traces, metrics and logs, exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set. Background polling is not
    /// traced on its own (<see cref="OperationsOnlySampler"/>) unless OTEL_TRACES_SAMPLER says otherwise.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        var builder = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? serviceName))
            .WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation();
                if (string.IsNullOrWhiteSpace(configuration["OTEL_TRACES_SAMPLER"]))
                {
                    tracing.SetSampler(OperationsOnlySampler.ParentBased);
                }
            })
            .WithMetrics(metrics => metrics
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

        return services;
    }
}
