using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ResumeExport.ServiceDefaults;

/// <summary>What every process shares: culture data, structured JSON logs, telemetry and the two health endpoints.</summary>
public static class DependencyInjection
{
    /// <param name="serviceName">Unless OTEL_SERVICE_NAME overrides it.</param>
    public static IHostApplicationBuilder AddProcessDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        GlobalizationGuard.EnsureCultureData();
        if (!builder.Environment.IsDevelopment())
        {
            // One JSON object per line, so shippers turn every scope (trace id, export id) into a field.
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            });
        }

        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        // After the providers above: ClearProviders would also remove OpenTelemetry's logger.
        builder.Services.AddTelemetry(builder.Configuration, serviceName);
        return builder;
    }

    /// <summary>
    /// The health endpoints show the data of checks with this tag only: others keep theirs (MassTransit's lists every
    /// endpoint address), since the API's health endpoints face the network.
    /// </summary>
    public const string HealthDataShownTag = "shows-data";

    /// <summary>Live: the process answers. Ready: every check the host's adapters registered passes.</summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        // Degraded is not ready: MassTransit reports a bus whose connection is lost and reconnecting as Degraded, which the
        // default mapping would answer 200, so a worker that can't consume would keep receiving traffic and claim ready.
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            ResponseWriter = WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                e.Value.Description,
                data = e.Value.Tags.Contains(HealthDataShownTag) && e.Value.Data.Count > 0 ? e.Value.Data : null,
            }),
        });
    }
}
