using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using ResumeExport.Adapters.Identity;
using ResumeExport.Application.Common.Ports.Identity;

namespace ResumeExport.Api.Authentication;

/// <summary>JWT bearer scheme, admin policy and the current user from the token.</summary>
internal static class AuthenticationRegistration
{
    public static IServiceCollection AddBearerAuthentication(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddSingleton<RevokedSessions>();
        services.AddSingleton<RevokedSessionsRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<RevokedSessionsRefresher>());

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    IssuerSigningKey = jwt.Value.CreateSigningKey(),
                    NameClaimType = JwtClaims.Subject,
                    RoleClaimType = JwtClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                bearer.Events = new JwtBearerEvents { OnTokenValidated = RefuseRevokedSession };
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.Admin, policy => policy.RequireRole(JwtClaims.AdminRole));
        return services;
    }

    /// <summary>
    /// A signed, unexpired token of a session ended by logout, a password change or a replayed refresh token is refused
    /// (401), on every replica within one revocation poll (decision 41).
    /// </summary>
    private static Task RefuseRevokedSession(TokenValidatedContext context)
    {
        var sessionId = context.Principal?.FindFirst(JwtClaims.Session)?.Value;
        if (Guid.TryParse(sessionId, out var id) && context.HttpContext.RequestServices.GetRequiredService<RevokedSessions>().IsRevoked(id))
        {
            context.Fail("The session has ended.");
        }

        return Task.CompletedTask;
    }
}
