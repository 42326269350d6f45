using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Ports.Rendering;

namespace ResumeExport.Adapters.Rendering;

public static class DependencyInjection
{
    /// <summary>
    /// For the process that renders (the PDF worker): validated Chromium settings, the one shared browser, the metered
    /// renderer and a readiness check. Other hosts leave it out and so never need a browser installed.
    /// </summary>
    public static IServiceCollection AddRendering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChromiumOptions>()
            .Bind(configuration.GetSection(ChromiumOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChromiumOptions>, ChromiumOptionsValidator>();
        services.AddSingleton(sp => new ChromiumBrowserPool(
            sp.GetRequiredService<IOptions<ChromiumOptions>>(),
            sp.GetRequiredService<ILogger<ChromiumBrowserPool>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ResumeExportMetrics>()));
        services.AddSingleton<ChromiumResumePdfRenderer>();

        var faultInjection = configuration.GetValue<bool>($"{ChromiumOptions.SectionName}:EnableFaultInjection");
        if (faultInjection)
        {
            services.AddSingleton<RenderFaultInjection>();
            services.AddSingleton<FaultInjectingPdfRenderer>();
        }

        services.AddSingleton<IResumePdfRenderer>(sp => new MeteredPdfRenderer(
            faultInjection ? sp.GetRequiredService<FaultInjectingPdfRenderer>() : sp.GetRequiredService<ChromiumResumePdfRenderer>(),
            sp.GetRequiredService<ResumeExportMetrics>(),
            sp.GetRequiredService<TimeProvider>()));

        // The document writers, metered like the PDF renderer: render duration by format.
        services.AddSingleton<Documents.ResumeDocumentRenderer>();
        services.AddSingleton<IResumeDocumentRenderer>(sp => new MeteredDocumentRenderer(
            sp.GetRequiredService<Documents.ResumeDocumentRenderer>(),
            sp.GetRequiredService<ResumeExportMetrics>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHealthChecks().AddCheck<ChromiumHealthCheck>("chromium", tags: [ChromiumHealthCheck.ShowsDataTag]);
        return services;
    }
}
