using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ResumeExport.Infrastructure.Identity;

/// <summary>Refuses to start with a missing or short signing key; in Production also with a guessable one.</summary>
internal sealed class JwtOptionsValidator(IHostEnvironment environment) : IValidateOptions<JwtOptions>
{
    /// <summary>The key shipped in appsettings.Development.json; fine on a laptop, fatal in production.</summary>
    public const string DevelopmentKeyMarker = "development-only";

    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var key = options.SigningKey ?? string.Empty;
        if (key.Length < JwtOptions.MinimumKeyLength)
        {
            return ValidateOptionsResult.Fail(
                $"Jwt:SigningKey is missing or shorter than {JwtOptions.MinimumKeyLength} characters. Set Jwt__SigningKey to a long random secret (e.g. `openssl rand -base64 48`).");
        }

        if (environment.IsProduction() && (key.Contains(DevelopmentKeyMarker, StringComparison.OrdinalIgnoreCase) || key.Distinct().Count() < 16))
        {
            return ValidateOptionsResult.Fail(
                "Jwt:SigningKey is too weak for Production (a development key or too few distinct characters). Use a long random secret.");
        }

        return ValidateOptionsResult.Success;
    }
}
