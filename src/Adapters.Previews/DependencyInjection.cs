using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Previews;

namespace ResumeExport.Adapters.Previews;

public static class DependencyInjection
{
    /// <summary>
    /// For the process that answers preview requests (the API): validated <see cref="PreviewOptions"/> (section
    /// <c>Previews</c>, checked at start-up, so a missing mutool stops the host instead of every first view) and the
    /// MuPDF rasterizer as the <see cref="IPdfPageRasterizer"/> singleton.
    /// </summary>
    public static IServiceCollection AddPreviews(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PreviewOptions>()
            .Bind(configuration.GetSection(PreviewOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PreviewOptions>, PreviewOptionsValidator>();
        services.AddSingleton<IPdfPageRasterizer, MuPdfPageRasterizer>();
        return services;
    }
}
