using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ResumeExport.Adapters.Rendering;

/// <summary>
/// Readiness of the PDF worker: without a browser it would only fail exports, so it takes no messages. When ready it
/// reports the browser's process id (<see cref="BrowserPidKey"/>), so a fault drill kills the browser the pool really uses.
/// </summary>
public sealed class ChromiumHealthCheck(ChromiumBrowserPool pool, IOptions<ChromiumOptions> options) : IHealthCheck
{
    /// <summary>The health data key of the browser's process id.</summary>
    public const string BrowserPidKey = "browserPid";

    /// <summary>The tag the health endpoints show a check's data for (the same as ServiceDefaults' <c>HealthDataShownTag</c>).</summary>
    public const string ShowsDataTag = "shows-data";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await pool.IsHealthyAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy($"Chromium at '{options.Value.ExecutablePath}' cannot be started or reached.");
        }

        return pool.BrowserProcessId is { } pid
            ? HealthCheckResult.Healthy(data: new Dictionary<string, object> { [BrowserPidKey] = pid })
            : HealthCheckResult.Healthy();
    }
}
