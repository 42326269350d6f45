using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ResumeExport.Adapters.Rendering;

/// <summary>Readiness of the PDF worker: without a browser it would only fail exports, so it takes no messages.</summary>
public sealed class ChromiumHealthCheck(ChromiumBrowserPool pool, IOptions<ChromiumOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await pool.IsHealthyAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Chromium at '{options.Value.ExecutablePath}' cannot be started or reached.");
}
