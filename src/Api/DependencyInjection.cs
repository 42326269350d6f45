using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Adapters.Persistence.Seeding;
using ResumeExport.Api.Auth;
using ResumeExport.Api.Authentication;
using ResumeExport.Api.Billing;
using ResumeExport.Api.BulkApplies;
using ResumeExport.Api.Emails;
using ResumeExport.Api.Exports;
using ResumeExport.Api.Http;
using ResumeExport.Api.OpenApi;
using ResumeExport.Api.Operations;
using ResumeExport.Api.Problems;
using ResumeExport.Api.RateLimiting;
using ResumeExport.Api.Resumes;
using ResumeExport.Api.Templates;
using ResumeExport.Api.Users;
using ResumeExport.ServiceDefaults;
using Scalar.AspNetCore;

namespace ResumeExport.Api;

public static class DependencyInjection
{
    /// <summary>The API's one composition entry; each concern registers from its own folder.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ExportEventsOptions>().Bind(configuration.GetSection(ExportEventsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddProblemResponses();
        services.AddHttpConventions();
        services.AddBearerAuthentication();
        services.AddRateLimits(configuration);
        services.AddOperationsGauges(configuration);
        services.AddApiDocument();
        return services;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ApplyMigrationsOnStartup)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseInitializer.Create(scope.ServiceProvider).InitializeAsync(app.Lifetime.ApplicationStopping);
    }

    public static WebApplication UseApi(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<Utf8RequestGuard>();
        app.UseMiddleware<TextInputGuard>();

        app.MapOpenApi();
        app.MapScalarApiReference(SecurityHeaders.ReferencePagePrefix, options => options.WithTitle("ResumeExport API").DisableDefaultFonts());
        app.MapHealthEndpoints();

        app.MapAuthApi();
        app.MapUsersApi();
        app.MapTemplatesApi();
        app.MapResumesApi();
        app.MapExportsApi();
        app.MapEmailsApi();
        app.MapOperationsApi();
        app.MapBulkAppliesApi();
        app.MapBillingApi();
        return app;
    }
}
