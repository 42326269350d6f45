using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ResumeExport.Api.RateLimiting;

/// <summary>
/// The named policy <see cref="RateLimitPolicies.SharePassword"/>: a password attempt takes one permit from its client
/// IP's window and one from its link's window (<see cref="ApiOptions.SharePasswordPermitsPerAddress"/>,
/// <see cref="ApiOptions.SharePasswordPermitsPerLink"/>, <see cref="ApiOptions.SharePasswordWindow"/>), so neither many
/// links from one address nor one link from many addresses gets more guesses. A single policy holds both because an
/// endpoint takes one policy; the counts live in this process (per replica) like every other limit here.
/// </summary>
internal sealed class SharePasswordLimiterPolicy : IRateLimiterPolicy<string>, IDisposable
{
    private readonly PartitionedRateLimiter<SharePasswordAttempt> windows;

    public SharePasswordLimiterPolicy(IOptions<ApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var api = options.Value;
        windows = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<SharePasswordAttempt, string>(attempt =>
                RateLimitPartition.GetFixedWindowLimiter("address:" + attempt.Address, _ => Window(api.SharePasswordPermitsPerAddress, api.SharePasswordWindow))),
            PartitionedRateLimiter.Create<SharePasswordAttempt, string>(attempt =>
                RateLimitPartition.GetFixedWindowLimiter("link:" + attempt.Token, _ => Window(api.SharePasswordPermitsPerLink, api.SharePasswordWindow))));
    }

    /// <summary>The registration's shared 429 answers.</summary>
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    /// <remarks>
    /// Keyed by the raw token, so the per-link count holds for a token whatever its link's state (or whether it is one).
    /// The partition is a thin view onto the two shared windows; dropping it when idle loses no count.
    /// </remarks>
    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var attempt = new SharePasswordAttempt(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            httpContext.Request.RouteValues["token"] as string ?? string.Empty);
        return RateLimitPartition.Get(attempt.Address + "\n" + attempt.Token, _ => new KeyedRateLimiter<SharePasswordAttempt>(windows, attempt));
    }

    public void Dispose() => windows.Dispose();

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };
}
