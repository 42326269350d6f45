using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports;
using ResumeExport.ServiceDefaults;

namespace ResumeExport.Infrastructure.Rendering;

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

        // Replaces the placeholder AddInfrastructure registers for hosts that do not render, whichever runs first.
        if (configuration.GetValue<bool>($"{ChromiumOptions.SectionName}:EnableFaultInjection"))
        {
            services.AddSingleton<ChromiumResumePdfRenderer>();
            services.AddSingleton<RenderFaultInjection>();
            services.Replace(ServiceDescriptor.Singleton<IResumePdfRenderer, FaultInjectingPdfRenderer>());
        }
        else
        {
            services.Replace(ServiceDescriptor.Singleton<IResumePdfRenderer, ChromiumResumePdfRenderer>());
        }

        services.AddHealthChecks().AddCheck<ChromiumHealthCheck>("chromium", tags: [HealthTags.Ready]);
        return services;
    }
}
