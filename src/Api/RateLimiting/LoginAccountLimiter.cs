using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ResumeExport.Api.RateLimiting;

/// <summary>
/// Sign-in attempts per account, keyed by the normalised e-mail, so guessing one account's password from many IPs is
/// limited too. Known and unknown e-mails are counted alike, so the limit reveals nothing about which accounts exist.
/// </summary>
public sealed class LoginAccountLimiter(IOptions<ApiOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(email =>
        RateLimitPartition.GetFixedWindowLimiter(email, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.LoginAccountPermits,
            Window = options.Value.LoginAccountWindow,
            QueueLimit = 0,
        }));

    public RateLimitLease Acquire(string email) => limiter.AttemptAcquire(email.Trim().ToLowerInvariant());

    public void Dispose() => limiter.Dispose();
}
