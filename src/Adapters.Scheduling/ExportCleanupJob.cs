using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Exports.CleanupExpiredExports;
using ResumeExport.Application.Exports.PurgeFailedRecords;

namespace ResumeExport.Adapters.Scheduling;

/// <summary>Expired exports, then failed rows past retention (docs/api.md#expiry-and-cleanup).</summary>
public sealed class ExportCleanupJob(IServiceScopeFactory scopes, IOptions<ExportCleanupOptions> options, TimeProvider clock, ILogger<ExportCleanupJob> logger)
    : ScheduledJob(scopes, clock, logger)
{
    protected override string JobName => "export-cleanup";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunAsync(ISender sender, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await sender.Send(new CleanupExpiredExportsCommand(settings.DryRun, settings.BatchSize), cancellationToken);
        if (!settings.DryRun)
        {
            await sender.Send(new PurgeFailedRecordsCommand(settings.FailedRetention, settings.BatchSize), cancellationToken);
        }
    }
}
