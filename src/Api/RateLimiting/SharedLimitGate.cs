using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Api.RateLimiting;

/// <summary>
/// Takes a permit from the shared counters inside an endpoint, for a limit whose key is only known there (a body field,
/// a resolved resource): the same store, timeout, fail-open/closed setting and refusal as a middleware policy
/// (decision 32), so no limit of the API keeps a count in the process.
/// </summary>
public sealed class SharedLimitGate(IRateLimitStore store, IOptions<SharedRateLimitOptions> options, TimeProvider clock, ILoggerFactory loggers)
{
    private readonly ILogger logger = loggers.CreateLogger(typeof(SharedRateLimiter).FullName!);

    /// <summary>Null when a permit was taken; otherwise the 429 (or fail-closed 503) to return, its <c>Retry-After</c> already set.</summary>
    public async Task<ProblemHttpResult?> RefusalAsync(HttpContext http, string policy, SharedLimit limit, CancellationToken cancellationToken)
    {
        using var limiter = new SharedRateLimiter(policy, limit.PartitionKey, limit.Rule, store, options.Value, clock, logger);
        using var lease = await limiter.AcquireAsync(1, cancellationToken);
        return lease.IsAcquired ? null : TypedResults.Problem(RateLimitRefusal.Describe(http, policy, lease));
    }
}
