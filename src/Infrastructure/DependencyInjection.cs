using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Templates;
using ResumeExport.Application.Emails;
using ResumeExport.Application.Requeue;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Infrastructure.Health;
using ResumeExport.Infrastructure.Identity;
using ResumeExport.Infrastructure.JsonResume;
using ResumeExport.Infrastructure.Messaging;
using ResumeExport.Infrastructure.Persistence;
using ResumeExport.Infrastructure.Telemetry;
using ResumeExport.ServiceDefaults;

namespace ResumeExport.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Everything a host needs from Infrastructure. Each host passes its own consumers and service name.</summary>
    public static IServiceCollection AddInfrastructure(
        this IServiceCollection services,
        IConfiguration configuration,
        string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        services.AddPersistence(configuration, serviceName);
        services.AddMessaging(configuration, addConsumers);
        services.AddCoreTelemetry();

        services.AddSingleton<IPasswordHasher, AspNetPasswordHasher>();
        services.AddAccessTokenIssuer(configuration);
        services.AddOptions<ResumeOptions>()
            .Configure(o => o.MaxSections = configuration.GetValue(ResumeOptions.MaxSectionsKey, ResumeOptions.DefaultMaxSections))
            .Validate(o => o.MaxSections is >= 1 and <= 100, $"{ResumeOptions.MaxSectionsKey} must be between 1 and 100.")
            .ValidateOnStart();
        services.TryAddScoped<ICurrentUser, NoCurrentUser>();
        services.AddOptions<RequeueOptions>().Bind(configuration.GetSection(RequeueOptions.SectionName))
            .Validate(o => o.MaxRetriesPerItem >= 0 && o.PermitsPerUser >= 1 && o.Window > TimeSpan.Zero, "Requeue: MaxRetriesPerItem >= 0, PermitsPerUser >= 1 and a positive Window are required.")
            .ValidateOnStart();
        services.AddSingleton<IJsonResumeSchema, JsonSchemaNetJsonResumeSchema>();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName));

        // MassTransit adds its own bus check tagged "ready"; PostgreSQL joins it.
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthTags.Ready]);
        return services;
    }
}
