using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ResumeExport.Adapters.Scheduling;

public static class DependencyInjection
{
    /// <summary>Jobs are also singletons, so tools and tests can call <see cref="ScheduledJob.RunOnceAsync"/>.</summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration, ScheduledJobs jobs)
    {
        if (jobs.HasFlag(ScheduledJobs.ExportCleanup))
        {
            services.AddOptions<ExportCleanupOptions>()
                .Bind(configuration.GetSection(ExportCleanupOptions.SectionName))
                .Configure(o => o.DryRun = configuration.GetValue(ExportCleanupOptions.DryRunKey, o.DryRun))
                .ValidateDataAnnotations()
                .ValidateOnStart();
            AddJob<ExportCleanupJob>(services);
        }

        if (jobs.HasFlag(ScheduledJobs.ExportFailureAlerts))
        {
            services.AddOptions<ExportFailureAlertOptions>()
                .Bind(configuration.GetSection(ExportFailureAlertOptions.SectionName))
                .ValidateDataAnnotations()
                .ValidateOnStart();
            AddJob<ExportFailureAlertJob>(services);
        }

        if (jobs.HasFlag(ScheduledJobs.DuePlanChanges))
        {
            AddJob<DuePlanChangesJob>(services);   // its interval and batch size are billing settings (Billing:*)
        }

        if (jobs.HasFlag(ScheduledJobs.ResumeVersionPruning))
        {
            services.AddOptions<ResumeVersionPruningOptions>()
                .Bind(configuration.GetSection(ResumeVersionPruningOptions.SectionName))
                .ValidateDataAnnotations()
                .ValidateOnStart();
            AddJob<ResumeVersionPruningJob>(services);
        }

        if (jobs.HasFlag(ScheduledJobs.SessionPurge))
        {
            services.AddOptions<SessionPurgeOptions>()
                .Bind(configuration.GetSection(SessionPurgeOptions.SectionName))
                .ValidateDataAnnotations()
                .ValidateOnStart();
            AddJob<SessionPurgeJob>(services);
        }

        if (jobs.HasFlag(ScheduledJobs.Redeliveries))
        {
            AddJob<RedeliveryJob>(services);   // its settings are Redelivery:*, validated by AddApplication
        }

        return services;
    }

    private static void AddJob<TJob>(IServiceCollection services)
        where TJob : ScheduledJob
    {
        services.AddSingleton<TJob>();
        services.AddHostedService(sp => sp.GetRequiredService<TJob>());
    }
}
