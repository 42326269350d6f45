using System.Security.Cryptography;
using System.Text;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Api.RateLimiting;

/// <summary>
/// Sign-in attempts per account, so guessing one account's password from many addresses is limited too. Known and
/// unknown e-mails are counted alike (the limit reveals nothing about which accounts exist), and the counter's key is
/// the SHA-256 of the normalised e-mail: the shared table holds no e-mail address and no key longer than 64 characters.
/// </summary>
internal static class LoginAccountLimit
{
    public static SharedLimit For(string? email, ApiOptions api) => new(
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((email ?? string.Empty).Trim().ToLowerInvariant()))),
        RateLimitRule.FixedWindow(api.LoginAccountPermits, api.LoginAccountWindow));
}
