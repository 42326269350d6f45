using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Identity;
using ResumeExport.Api.Problems;
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
        return services;
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
