using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ResumeExport.ServiceDefaults;

/// <summary>What every process shares: structured JSON logs, telemetry and the two health endpoints.</summary>
public static class DependencyInjection
{
    /// <param name="serviceName">The OpenTelemetry <c>service.name</c> unless OTEL_SERVICE_NAME says otherwise.</param>
    public static IHostApplicationBuilder AddProcessDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        if (!builder.Environment.IsDevelopment())
        {
            // One JSON object per line: log shippers parse it and every scope (trace id, export id) becomes a field.
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
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c>: every registered check passes; each adapter a
    /// host carries registers the check of what it needs (PostgreSQL, the bus, Chromium), so readiness follows the host.
    /// </summary>
    /// <summary>
    /// The health endpoints show the data of checks with this tag only: others keep theirs (MassTransit's lists every
    /// endpoint address), since the API's health endpoints face the network.
    /// </summary>
    public const string HealthDataShownTag = "shows-data";

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { ResponseWriter = WriteAsync });
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
