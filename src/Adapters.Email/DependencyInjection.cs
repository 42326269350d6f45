using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Email;
using ResumeExport.Application.Emails;

namespace ResumeExport.Adapters.Email;

public static class DependencyInjection
{
    /// <summary>The MailKit sender, with SMTP settings validated at start-up.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddOptions<EmailOptions>().ValidateOnStart();
        services.AddSingleton<MailKitEmailSender>();
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<MailKitEmailSender>());
        return services;
    }
}
