using MassTransit;
using ResumeExport.Infrastructure;

namespace ResumeExport.Workers.Email;

public static class DependencyInjection
{
    public const string ServiceName = "resume-export-worker-email";

    public static IServiceCollection AddEmailWorker(this IServiceCollection services, IConfiguration configuration) =>
        services.AddInfrastructure(configuration, ServiceName, bus => bus.AddConsumers(typeof(DependencyInjection).Assembly));
}
