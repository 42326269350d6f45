using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Email;

/// <summary>
/// Names every bad setting at once. Production requires a host, a sender and TLS; Development and Testing may use a
/// plain local server.
/// </summary>
public sealed class SmtpOptionsValidator(IHostEnvironment environment) : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var production = environment.IsProduction();
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            failures.Add("Smtp:Host is missing: set Smtp__Host to the SMTP server's host name.");
        }

        if (string.IsNullOrWhiteSpace(options.Sender))
        {
            failures.Add("Smtp:Sender is missing: set Smtp__Sender to the From address (e.g. no-reply@example.com).");
        }
        else if (!EmailAddress.IsValid(options.Sender))
        {
            failures.Add($"Smtp:Sender must be an e-mail address (was '{options.Sender}').");
        }

        if (production && options.Security == SmtpSecurity.None)
        {
            failures.Add("Smtp:Security is 'none': TLS is required in Production. Set Smtp__Security to 'starttls' or 'ssl'.");
        }

        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"Smtp:Port must be between 1 and 65535 (was {options.Port}).");
        }

        if (string.IsNullOrEmpty(options.Username) != string.IsNullOrEmpty(options.Password))
        {
            failures.Add("Smtp:Username and Smtp:Password must be set together (or both left empty for no authentication).");
        }

        if (options.Timeout < TimeSpan.FromSeconds(1) || options.Timeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"Smtp:Timeout must be between 00:00:01 and 00:05:00 (was {options.Timeout}).");
        }

        return failures.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(failures.Prepend($"The SMTP settings are not usable in {environment.EnvironmentName}"));
    }
}
