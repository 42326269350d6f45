using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ResumeExport.Adapters.Identity;

/// <summary>
/// Refuses a missing, short or placeholder signing key (including the once-committed development key); in Production
/// also a guessable one.
/// </summary>
internal sealed class JwtOptionsValidator(IHostEnvironment environment) : IValidateOptions<JwtOptions>
{
    /// <summary>Marks the development key once shipped in appsettings.Development.json.</summary>
    public const string DevelopmentKeyMarker = "development-only";

    /// <summary>The placeholder of the deployment templates: never a key, in any environment.</summary>
    public const string PlaceholderMarker = "change-me";

    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var key = options.SigningKey ?? string.Empty;
        if (key.Length < JwtOptions.MinimumKeyLength)
        {
            return ValidateOptionsResult.Fail(
                $"Jwt:SigningKey is missing or shorter than {JwtOptions.MinimumKeyLength} characters. Set Jwt__SigningKey to a long random secret " +
                "(e.g. `openssl rand -hex 48`); deploy/run-stack.sh makes one per machine for the local stack.");
        }

        if (environment.IsProduction() && (key.Contains(DevelopmentKeyMarker, StringComparison.OrdinalIgnoreCase) || key.Distinct().Count() < 16))
        {
            return ValidateOptionsResult.Fail(
                "Jwt:SigningKey is too weak for Production (a development key or too few distinct characters). Use a long random secret.");
        }

        if (key.Contains(PlaceholderMarker, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail("Jwt:SigningKey is still the template's placeholder (CHANGE-ME). Use a long random secret.");
        }

        return ValidateOptionsResult.Success;
    }
}
