using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Application.Common.Ports;
using ResumeExport.Application.Emails;

namespace ResumeExport.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>The <c>Email</c> options and the export file reader; the sender itself is the e-mail worker's (Adapters.Email).</summary>
    public static IServiceCollection AddEmailDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName));
        services.AddHttpClient(ExportFileReader.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(60));
        services.AddScoped<IExportFileReader, ExportFileReader>();
        return services;
    }
}
