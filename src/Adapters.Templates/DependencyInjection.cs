using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Application.Common.Ports.Templates;

namespace ResumeExport.Adapters.Templates;

public static class DependencyInjection
{
    /// <summary>The template catalogue read from the templates package; every host needs it (validation, seeding, rendering), and the resume's HTML for the share page.</summary>
    public static IServiceCollection AddTemplates(this IServiceCollection services) =>
        services.AddSingleton<ITemplateCatalog, PackagedTemplateCatalog>()
            .AddSingleton<IResumeHtmlRenderer, PackagedResumeHtmlRenderer>();
}
