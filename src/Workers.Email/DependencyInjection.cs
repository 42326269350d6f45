using MassTransit;
using ResumeExport.Adapters.Email;
using ResumeExport.Adapters.Messaging;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Adapters.Storage;

namespace ResumeExport.Workers.Email;

public static class DependencyInjection
{
    public const string ServiceName = "resume-export-worker-email";

    /// <summary>The consumers and the SMTP sender (settings validated at start-up).</summary>
    public static IServiceCollection AddEmailWorker(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddPersistence(configuration, ServiceName)
            .AddMessaging(configuration, bus => bus.AddConsumers(typeof(DependencyInjection).Assembly))
            .AddStorage(configuration, meterStores: false)
            .AddEmail(configuration);
}
