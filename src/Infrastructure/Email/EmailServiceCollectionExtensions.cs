using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports;
using ResumeExport.Application.Emails;

namespace ResumeExport.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// What every process needs for the e-mail use cases to resolve: the <c>Email</c> options, the export file reader and,
    /// unless a host registers a real one, a sender that refuses (only the e-mail worker sends).
    /// </summary>
    public static IServiceCollection AddEmailDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName));
        services.AddHttpClient(ExportFileReader.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(60));
        services.AddScoped<IExportFileReader, ExportFileReader>();
        services.TryAddSingleton<IEmailSender, EmailNotSentHere>();
        return services;
    }

    /// <summary>For the process that sends mail: SMTP settings validated at start-up (fail fast) and the MailKit sender.</summary>
    public static IServiceCollection AddSmtpEmailSender(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddOptions<EmailOptions>().ValidateOnStart();
        services.AddSingleton<MailKitEmailSender>();
        services.Replace(ServiceDescriptor.Singleton<IEmailSender>(sp => sp.GetRequiredService<MailKitEmailSender>()));
        return services;
    }
}
