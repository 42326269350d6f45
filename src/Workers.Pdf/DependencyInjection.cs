using MassTransit;
using ResumeExport.Adapters.Messaging;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Adapters.Rendering;
using ResumeExport.Adapters.Scheduling;
using ResumeExport.Adapters.Storage;
using ResumeExport.Adapters.Templates;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Workers.Pdf;

public static class DependencyInjection
{
    public const string ServiceName = "resume-export-worker-pdf";

    /// <summary>Consumers (PDFs and, on their own endpoint, the other formats), Chromium, storage and the export jobs.</summary>
    public static IServiceCollection AddPdfWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentRenderingOptions>()
            .Bind(configuration.GetSection(DocumentRenderingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services
            .AddPersistence(configuration, ServiceName)
            .AddMessaging(configuration, bus => bus.AddConsumers(typeof(DependencyInjection).Assembly))
            .AddTemplates()
            .AddStorage(configuration, meterStores: true)
            .AddRendering(configuration)
            .AddScheduling(configuration, ScheduledJobs.ExportCleanup | ScheduledJobs.ExportFailureAlerts | ScheduledJobs.Redeliveries);
    }
}
