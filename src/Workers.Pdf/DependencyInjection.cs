using MassTransit;
using ResumeExport.Adapters.Rendering;
using ResumeExport.Adapters.Storage;
using ResumeExport.Infrastructure;
using ResumeExport.Infrastructure.Scheduling;

namespace ResumeExport.Workers.Pdf;

public static class DependencyInjection
{
    public const string ServiceName = "resume-export-worker-pdf";

    public static IServiceCollection AddPdfWorker(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddInfrastructure(configuration, ServiceName, bus => bus.AddConsumers(typeof(DependencyInjection).Assembly))
            .AddExportStorage(configuration)
            .AddChromiumPdfRendering(configuration)
            .AddExportOperationsJobs(configuration)
            .AddPdfRenderingMetrics()
            .AddExportStorageMetrics();
}
