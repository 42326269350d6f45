using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using ResumeExport.Api.Problems;

namespace ResumeExport.Api.RateLimiting;

/// <summary>
/// The one answer to a refused lease, whether the rate-limiting middleware or <see cref="SharedLimitGate"/> refused it:
/// 429 with <c>Retry-After</c>, or — a fail-closed limit whose counters are unreachable — the same retryable 503 as any
/// database outage, not a 429 that would blame the caller.
/// </summary>
internal static class RateLimitRefusal
{
    public static ProblemDetails Describe(HttpContext http, string? policy, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var storeDown = lease.TryGetMetadata(SharedLease.StoreUnavailable, out _);
        var status = storeDown ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status429TooManyRequests;
        http.Response.StatusCode = status;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return storeDown
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
            };
    }
}
