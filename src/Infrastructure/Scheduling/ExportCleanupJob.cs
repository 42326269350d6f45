using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Exports.CleanupExpiredExports;

namespace ResumeExport.Infrastructure.Scheduling;

/// <summary>Deletes expired exports every <see cref="ExportCleanupOptions.Interval"/> (SPEC rule 7); the use case logs each run's figures.</summary>
public sealed class ExportCleanupJob(IServiceScopeFactory scopes, IOptions<ExportCleanupOptions> options, TimeProvider clock, ILogger<ExportCleanupJob> logger)
    : ScheduledJob(scopes, clock, logger)
{
    protected override string JobName => "export-cleanup";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunAsync(ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new CleanupExpiredExportsCommand(options.Value.DryRun, options.Value.BatchSize), cancellationToken);
}
