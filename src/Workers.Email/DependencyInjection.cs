using MassTransit;
using ResumeExport.Adapters.Email;
using ResumeExport.Adapters.Storage;
using ResumeExport.Infrastructure;

namespace ResumeExport.Workers.Email;

public static class DependencyInjection
{
    public const string ServiceName = "resume-export-worker-email";

    /// <summary>The consumers plus the SMTP sender, whose settings are validated at start-up (Production: host, sender and TLS).</summary>
    public static IServiceCollection AddEmailWorker(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddInfrastructure(configuration, ServiceName, bus => bus.AddConsumers(typeof(DependencyInjection).Assembly))
            .AddExportStorage(configuration)
            .AddSmtpEmailSender(configuration);
}
