using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ResumeExport.Adapters.Persistence.Health;
using ResumeExport.Adapters.Persistence.Locks;
using ResumeExport.Adapters.Persistence.Notifications;
using ResumeExport.Adapters.Persistence.Outbox;
using ResumeExport.Adapters.Persistence.RateLimits;
using ResumeExport.Adapters.Persistence.Redeliveries;
using ResumeExport.Adapters.Persistence.Repositories;
using ResumeExport.Adapters.Persistence.Telemetry;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Adapters.Persistence;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Postgres";

    /// <summary>EF Core over PostgreSQL: context pool, repositories, outbox writes, readiness and committed-row telemetry.</summary>
    /// <param name="applicationName">Shown in <c>pg_stat_activity</c> unless the connection string names one.</param>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration, string applicationName = "resume-export")
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        // Pooled: building a context per request cost about a seventh of the API's CPU per GET. Options are read on first
        // use, so hosts and tests can still change configuration.
        services.AddSingleton(provider => PostgresConnectionString.From(
            ConnectionString(provider.GetRequiredService<IConfiguration>()),
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            applicationName));
        // The API's shared rate-limit counters (decision 32); other hosts never resolve it, so its pool never opens there.
        services.AddOptions<RateLimitStoreOptions>().Bind(configuration.GetSection(RateLimitStoreOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => new RateLimitDataSource(
            provider.GetRequiredService<PostgresConnectionString>(), provider.GetRequiredService<IOptions<RateLimitStoreOptions>>().Value));
        services.AddSingleton<IRateLimitStore, PostgresRateLimitStore>();
        services.AddDbContextPool<AppDbContext>((provider, options) =>
            ConfigureNpgsql(options, provider.GetRequiredService<PostgresConnectionString>().Value));
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IUserRepository, UserRepository>();
        services.AddScoped<IRefreshTokenRepository, RefreshTokenRepository>();
        services.AddScoped<IResumeRepository, ResumeRepository>();
        services.AddScoped<IResumeVersionRepository, ResumeVersionRepository>();
        services.AddScoped<IPlanCatalog, PlanCatalog>();
        services.AddScoped<IPlanUsageReader, PlanUsageReader>();
        services.AddScoped<ISubscriptionRepository, SubscriptionRepository>();
        services.AddScoped<IBillingWebhookEventRepository, BillingWebhookEventRepository>();
        services.AddScoped<IPersonalDataRepository, PersonalDataRepository>();
        services.AddScoped<EfSystemLog>();
        services.AddScoped<ISystemLog>(sp => sp.GetRequiredService<EfSystemLog>());
        services.AddScoped<ISystemLogReader>(sp => sp.GetRequiredService<EfSystemLog>());
        services.AddScoped<IExportRepository, ExportRepository>();
        services.AddScoped<IExportRenderLocks, PostgresExportRenderLocks>();
        services.AddScoped<IShareLinkRepository, ShareLinkRepository>();
        services.AddScoped<IFailedRecordPurger, FailedRecordPurger>();
        services.AddScoped<IEmailJobRepository, EmailJobRepository>();
        services.AddScoped<IBulkApplyRepository, BulkApplyRepository>();
        services.AddScoped<IEmailCounters, EmailCounterRepository>();
        services.AddScoped<IExpiredExportQueue, ExpiredExportQueue>();
        services.AddScoped<IExportFailureStats, ExportFailureStats>();
        services.AddScoped<IOutboxStatsReader, OutboxStatsReader>();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<IMessageOutbox, EfMessageOutbox>();
        services.AddScoped<IRedeliveryScheduler, EfRedeliveryScheduler>();
        services.AddScoped<IRedeliveryQueue, RedeliveryQueue>();

        // One LISTEN connection per process, opened on the first watcher only (decision 30).
        services.AddSingleton<PostgresExportStatusFeed>();
        services.AddSingleton<IExportStatusFeed>(sp => sp.GetRequiredService<PostgresExportStatusFeed>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgresExportStatusFeed>());

        services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres");
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(ResumeExportTelemetry.SourceName).AddNpgsql());
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(ResumeExportTelemetry.SourceName));
        services.AddSingleton<LifecycleMetricsInterceptor>();
        services.ConfigureDbContext<AppDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<LifecycleMetricsInterceptor>()));
        return services;
    }

    private static string ConnectionString(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not set. Set ConnectionStrings__{ConnectionStringName} (deploy/services/env.sh has the local default).")
            : connectionString;
    }

    internal static void ConfigureNpgsql(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}
