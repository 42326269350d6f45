using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.ServiceDefaults;

namespace ResumeExport.Adapters.Rendering;

public static class RenderingServiceCollectionExtensions
{
    /// <summary>
    /// For the process that renders (the PDF worker): validated Chromium settings, the one shared browser, the renderer
    /// and a readiness check. Other hosts leave it out and so never need a browser installed.
    /// </summary>
    public static IServiceCollection AddChromiumPdfRendering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChromiumOptions>()
            .Bind(configuration.GetSection(ChromiumOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChromiumOptions>, ChromiumOptionsValidator>();
        services.AddSingleton<ChromiumBrowserPool>();

        if (configuration.GetValue<bool>($"{ChromiumOptions.SectionName}:EnableFaultInjection"))
        {
            services.AddSingleton<ChromiumResumePdfRenderer>();
            services.AddSingleton<RenderFaultInjection>();
            services.AddSingleton<IResumePdfRenderer, FaultInjectingPdfRenderer>();
        }
        else
        {
            services.AddSingleton<IResumePdfRenderer, ChromiumResumePdfRenderer>();
        }

        services.AddHealthChecks().AddCheck<ChromiumHealthCheck>("chromium", tags: [HealthTags.Ready]);
        return services;
    }

    /// <summary>Render timings around the renderer registered above (<see cref="MeteredPdfRenderer"/>). Call it after <see cref="AddChromiumPdfRendering"/>.</summary>
    public static IServiceCollection AddPdfRenderingMetrics(this IServiceCollection services) =>
        services.Decorate<IResumePdfRenderer>((sp, inner) =>
            new MeteredPdfRenderer(inner, sp.GetRequiredService<ResumeExportMetrics>(), sp.GetRequiredService<TimeProvider>()));
}
