using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ResumeExport.Infrastructure.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// The PDF worker's scheduled export jobs: expired-export cleanup (<c>ExportCleanup</c>, <c>EXPORT_CLEANUP_DRY_RUN</c>)
    /// and failure alerts (<c>ExportFailureAlerts</c>), options validated at start-up. Each job is also a singleton, so
    /// tools and tests can trigger a run with <see cref="ScheduledJob.RunOnceAsync"/>.
    /// </summary>
    public static IServiceCollection AddExportOperationsJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExportCleanupOptions>()
            .Bind(configuration.GetSection(ExportCleanupOptions.SectionName))
            .Configure(o => o.DryRun = configuration.GetValue(ExportCleanupOptions.DryRunKey, o.DryRun))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ExportFailureAlertOptions>()
            .Bind(configuration.GetSection(ExportFailureAlertOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<ExportCleanupJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ExportCleanupJob>());
        services.AddSingleton<ExportFailureAlertJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ExportFailureAlertJob>());
        return services;
    }
}
