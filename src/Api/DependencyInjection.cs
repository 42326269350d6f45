using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using ResumeExport.Adapters.Identity;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Adapters.Persistence.Seeding;
using ResumeExport.Api.Auth;
using ResumeExport.Api.Billing;
using ResumeExport.Api.BulkApplies;
using ResumeExport.Api.Common;
using ResumeExport.Api.Emails;
using ResumeExport.Api.Exports;
using ResumeExport.Api.OpenApi;
using ResumeExport.Api.Operations;
using ResumeExport.Api.Resumes;
using ResumeExport.Api.Templates;
using ResumeExport.Api.Users;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Requeue;
using ResumeExport.ServiceDefaults;
using Scalar.AspNetCore;

namespace ResumeExport.Api;

public static class DependencyInjection
{
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BurstLimitOptions>().Bind(configuration.GetSection(BurstLimitOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BurstLimitOptions>, BurstLimitOptionsValidator>();

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<GlobalExceptionHandler>();

        // Malformed JSON, wrong types and unknown fields throw (and become 400 problem details) instead of binding silently.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(options =>
        {
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        });
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ApiOptions>>((kestrel, api) =>
        {
            kestrel.Limits.MaxRequestBodySize = api.Value.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });

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
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.Admin, policy => policy.RequireRole(JwtClaims.AdminRole));

        services.AddRateLimiter(options =>
        {
            options.AddPolicy(RateLimitPolicies.Auth, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ =>
                {
                    var api = http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
                    return new FixedWindowRateLimiterOptions { PermitLimit = api.AuthRateLimitPermits, Window = api.AuthRateLimitWindow };
                }));
            options.AddPolicy(RateLimitPolicies.Requeue, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.FindFirst(JwtClaims.Subject)?.Value ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ =>
                {
                    var requeue = http.RequestServices.GetRequiredService<IOptions<RequeueOptions>>().Value;
                    return new FixedWindowRateLimiterOptions { PermitLimit = requeue.PermitsPerUser, Window = requeue.Window };
                }));
            options.AddPolicy(RateLimitPolicies.ExportEnqueue, http => PerUserBucket(http, burst => burst.ExportEnqueue));
            options.AddPolicy(RateLimitPolicies.BulkApply, http => PerUserBucket(http, burst => burst.BulkApply));
            options.AddPolicy(RateLimitPolicies.ResumeWrites, http => PerUserBucket(http, burst => burst.ResumeWrites));
            options.OnRejected = WriteTooManyRequestsAsync;
        });

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ApiOptions>>((cors, api) => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(api.Value.CorsOrigins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("Location", "Retry-After", "ETag")));

        services.AddOptions<OperationsGaugeOptions>().Bind(configuration.GetSection(OperationsGaugeOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<ExportOpsGauges>();
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            options.AddDocumentTransformer<TagDescriptionsTransformer>();
            options.AddDocumentTransformer<ProblemDetailsSchemaTransformer>();
            options.AddOperationTransformer<AnonymousOperationTransformer>();
            options.AddOperationTransformer<ProblemResponsesTransformer>();
            options.AddSchemaTransformer<JsonWireShapeSchemaTransformer>();
        });
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

    private static RateLimitPartition<string> PerUserBucket(HttpContext http, Func<BurstLimitOptions, TokenBucketSettings> bucket) =>
        RateLimitPartition.GetTokenBucketLimiter(
            http.User.FindFirst(JwtClaims.Subject)?.Value ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ =>
            {
                var settings = bucket(http.RequestServices.GetRequiredService<IOptions<BurstLimitOptions>>().Value);
                return new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.TokenLimit,
                    TokensPerPeriod = settings.TokensPerPeriod,
                    ReplenishmentPeriod = settings.ReplenishmentPeriod,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                };
            });

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = ProblemTypes.TooManyRequests,
                Title = "Too many requests.",
                Detail = $"{RateLimitPolicies.WhatWasLimited(http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName)} Try again in {seconds} seconds.",
                Extensions = { ["retryAfterSeconds"] = seconds },
            },
        });
    }
}
