using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Identity;
using ResumeExport.Api.Problems;
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

        services.AddSingleton<LoginAccountLimiter>();
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
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;

        // A fail-closed limit whose counters are unreachable: the same retryable 503 as any database outage, not a 429
        // that would blame the caller.
        var storeDown = context.Lease.TryGetMetadata(SharedLease.StoreUnavailable, out _);
        var status = storeDown ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status429TooManyRequests;
        http.Response.StatusCode = status;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = storeDown
                ? new ProblemDetails
                {
                    Status = status,
                    Type = ProblemTypes.ServiceUnavailable,
                    Title = "The service is temporarily unavailable.",
                    Detail = $"Requests of this kind cannot be counted right now. Try again in {seconds} seconds.",
                }
                : new ProblemDetails
                {
                    Status = status,
                    Type = ProblemTypes.TooManyRequests,
                    Title = "Too many requests.",
                    Detail = $"{RateLimitPolicies.WhatWasLimited(policy)} Try again in {seconds} seconds.",
                    Extensions = { ["retryAfterSeconds"] = seconds },
                },
        });
    }
}
