using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Api.RateLimiting;

/// <summary>
/// The one way the API registers a rate-limit policy (decision 32; an architecture test holds it): the policy says whose
/// counter and which rule, and every replica counts in the same store.
/// </summary>
public static class SharedRateLimits
{
    public static RateLimiterOptions AddSharedPolicy(this RateLimiterOptions options, string policy, Func<HttpContext, SharedLimit> limit) =>
        options.AddPolicy(policy, http =>
        {
            var shared = limit(http);
            var services = http.RequestServices;
            return new RateLimitPartition<string>(shared.PartitionKey, key => new SharedRateLimiter(
                policy,
                key,
                shared.Rule,
                services.GetRequiredService<IRateLimitStore>(),
                services.GetRequiredService<IOptions<SharedRateLimitOptions>>().Value,
                services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SharedRateLimiter).FullName!)));
        });
}
