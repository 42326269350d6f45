using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ResumeExport.Application.ShareLinks.Common;

/// <summary>
/// A share link's token: 256 random bits from <see cref="RandomNumberGenerator"/>, base64url (43 characters). Only its
/// SHA-256 is stored, so a leaked database cannot open a link, and a lookup by hash leaks nothing through timing.
/// </summary>
public static class ShareLinkTokens
{
    public const int RandomBytes = 32;

    /// <summary>Anything longer is no token of ours: refused before hashing.</summary>
    public const int MaxLength = 64;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Whether <paramref name="token"/> can be one of ours (length and alphabet), before any database work.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: > 0 and <= MaxLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
