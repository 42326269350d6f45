using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Identity;

namespace ResumeExport.Infrastructure.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Binds the JWT settings and the token issuer. Every host gets them, because the generated mediator registers every
    /// handler everywhere, but only the API (<see cref="AddAccessTokens"/>) signs users in and so validates them at start-up.
    /// </summary>
    public static IServiceCollection AddAccessTokenIssuer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.SectionName));
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        return services;
    }

    /// <summary>For the host that signs users in: refuse to start with a missing or weak signing key.</summary>
    public static IServiceCollection AddAccessTokens(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JwtOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<JwtOptions>, JwtOptionsValidator>();
        return services;
    }
}
