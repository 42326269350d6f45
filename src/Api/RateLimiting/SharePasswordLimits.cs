using System.Security.Cryptography;
using System.Text;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Api.RateLimiting;

/// <summary>
/// The two counters a share-link password attempt takes (<see cref="RateLimitPolicies.SharePassword"/>), in the shared
/// store (decision 32): one per client IP and one per link, so neither many links from one address nor one link from
/// many addresses gets more guesses. The link's counter is keyed by the SHA-256 of the raw token, whatever the link's
/// state or whether it is one: the table holds no token.
/// </summary>
internal static class SharePasswordLimits
{
    public static SharedLimit ForAddress(HttpContext http, ApiOptions api) => new(
        "address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
        RateLimitRule.FixedWindow(api.SharePasswordPermitsPerAddress, api.SharePasswordWindow));

    public static SharedLimit ForLink(string token, ApiOptions api) => new(
        "link:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))),
        RateLimitRule.FixedWindow(api.SharePasswordPermitsPerLink, api.SharePasswordWindow));
}
