using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Exports.CheckFailureAlerts;

namespace ResumeExport.Adapters.Scheduling;

/// <summary>Runs every <see cref="ExportFailureAlertOptions.CheckInterval"/> (docs/api.md#failure-alerts).</summary>
public sealed class ExportFailureAlertJob(
    IServiceScopeFactory scopes, IOptions<ExportFailureAlertOptions> options, TimeProvider clock, ILogger<ExportFailureAlertJob> logger)
    : ScheduledJob(scopes, clock, logger)
{
    protected override string JobName => "export-failure-alerts";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override async Task RunAsync(ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new CheckFailureAlertsCommand(options.Value.Thresholds), cancellationToken);
}
