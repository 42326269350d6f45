using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Requeue;

namespace ResumeExport.Api.RateLimiting;

/// <summary>Auth per IP, requeue per user, burst buckets per user, and their 429.</summary>
internal static class RateLimitingRegistration
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BurstLimitOptions>().Bind(configuration.GetSection(BurstLimitOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BurstLimitOptions>, BurstLimitOptionsValidator>();

        services.AddSingleton<SharedLimitGate>();
        services.AddOptions<SharedRateLimitOptions>().Bind(configuration.GetSection(SharedRateLimitOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SharedRateLimitOptions>, SharedRateLimitOptionsValidator>();
        services.AddHostedService<RateLimitSweeper>();

        // Every policy counts in the store the replicas share (decision 32); the partition key is whose counter it is.
        services.AddRateLimiter(options =>
        {
            options.AddSharedPolicy(RateLimitPolicies.Auth, http =>
            {
                var api = http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
                return new SharedLimit(ClientAddress(http), RateLimitRule.FixedWindow(api.AuthRateLimitPermits, api.AuthRateLimitWindow));
            });
            options.AddSharedPolicy(RateLimitPolicies.Requeue, http =>
            {
                var requeue = http.RequestServices.GetRequiredService<IOptions<RequeueOptions>>().Value;
                return new SharedLimit(UserOrAddress(http), RateLimitRule.FixedWindow(requeue.PermitsPerUser, requeue.Window));
            });
            options.AddSharedPolicy(RateLimitPolicies.ExportEnqueue, http => PerUserBucket(http, burst => burst.ExportEnqueue));
            options.AddSharedPolicy(RateLimitPolicies.BulkApply, http => PerUserBucket(http, burst => burst.BulkApply));
            options.AddSharedPolicy(RateLimitPolicies.ResumeWrites, http => PerUserBucket(http, burst => burst.ResumeWrites));
            options.OnRejected = WriteTooManyRequestsAsync;
        });
        return services;
    }

    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string UserOrAddress(HttpContext http) => http.User.FindFirst(JwtClaims.Subject)?.Value ?? ClientAddress(http);

    private static SharedLimit PerUserBucket(HttpContext http, Func<BurstLimitOptions, TokenBucketSettings> bucket)
    {
        var settings = bucket(http.RequestServices.GetRequiredService<IOptions<BurstLimitOptions>>().Value);
        return new SharedLimit(UserOrAddress(http), RateLimitRule.TokenBucket(settings.TokenLimit, settings.TokensPerPeriod, settings.ReplenishmentPeriod));
    }

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = RateLimitRefusal.Describe(http, policy, context.Lease),
        });
    }
}
