using MassTransit;
using ResumeExport.Infrastructure;
using ResumeExport.Infrastructure.Rendering;
using ResumeExport.Infrastructure.Scheduling;
using ResumeExport.Infrastructure.Telemetry;

namespace ResumeExport.Workers.Pdf;

public static class DependencyInjection
{
    public const string ServiceName = "resume-export-worker-pdf";

    public static IServiceCollection AddPdfWorker(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddInfrastructure(configuration, ServiceName, bus => bus.AddConsumers(typeof(DependencyInjection).Assembly))
            .AddChromiumPdfRendering(configuration)
            .AddExportOperationsJobs(configuration)
            .AddExportPipelineMetrics();
}
