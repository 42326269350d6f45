using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ResumeExport.Domain.ShareLinks;

namespace ResumeExport.Application.ShareLinks.Common;

/// <summary>
/// What a protected link's viewer holds after the right password (a cookie): <c>{unix expiry}.{HMAC}</c>. The HMAC is
/// keyed with the link's stored password hash, which no viewer ever sees, so every replica checks a pass without a
/// shared key, and a pass dies with its link's password. Compared in constant time.
/// </summary>
public static class ShareLinkAccessPass
{
    /// <summary>How long a pass opens the page and its PDF without asking again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public static (string Pass, DateTimeOffset ExpiresAt) Issue(ShareLink link, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(link);
        var expiresAt = now + Lifetime;
        if (link.ExpiresAt is { } linkExpiry && linkExpiry < expiresAt)
        {
            expiresAt = linkExpiry;
        }

        var seconds = expiresAt.ToUnixTimeSeconds();
        return ($"{seconds.ToString(CultureInfo.InvariantCulture)}.{Base64Url.EncodeToString(Mac(link, seconds))}", DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    /// <summary>An open link needs no pass; a protected one a pass made for it that has not expired.</summary>
    public static bool Opens(ShareLink link, string? pass, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (!link.IsProtected)
        {
            return true;
        }

        if (pass is not { Length: > 0 and <= 128 } || pass.Split('.') is not [var expiry, var mac]
            || !long.TryParse(expiry, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds <= now.ToUnixTimeSeconds())
        {
            return false;
        }

        Span<byte> given = stackalloc byte[64];
        return Base64Url.IsValid(mac) && Base64Url.TryDecodeFromChars(mac, given, out var written)
            && CryptographicOperations.FixedTimeEquals(given[..written], Mac(link, seconds));
    }

    private static byte[] Mac(ShareLink link, long expirySeconds) =>
        HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(link.PasswordHash!),
            Encoding.UTF8.GetBytes($"{link.Id:N}.{expirySeconds.ToString(CultureInfo.InvariantCulture)}"));
}
