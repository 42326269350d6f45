using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ResumeExport.Adapters.Billing;

/// <summary>
/// Both providers' scheme: a timestamp within the tolerance (replay protection) and hex HMAC-SHA256 signatures of
/// timestamp + separator + body, each compared in constant time.
/// </summary>
internal static class TimestampedHmacSignature
{
    /// <param name="scheme">E.g. Stripe <c>t=…,v1=…</c> over <c>t.body</c>.</param>
    /// <returns>null when valid; otherwise why not.</returns>
    public static string? Check(SignatureScheme scheme, string header, string rawBody, string secret, long nowUnixSeconds, long toleranceSeconds)
    {
        string? timestamp = null;
        var signatures = new List<string>();
        foreach (var part in header.Split(scheme.PairSeparator))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2)
            {
                continue;
            }

            var key = pair[0].Trim();
            if (key == scheme.TimestampKey)
            {
                timestamp = pair[1].Trim();
            }
            else if (key == scheme.SignatureKey)
            {
                signatures.Add(pair[1].Trim());
            }
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var signedAt) || signatures.Count == 0)
        {
            return $"The {scheme.Provider} signature header is malformed.";
        }

        if (Math.Abs(nowUnixSeconds - signedAt) > toleranceSeconds)
        {
            return $"The {scheme.Provider} signature timestamp is outside the tolerance.";
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}{scheme.PayloadSeparator}{rawBody}"));
        return signatures.Any(s => HexEquals(s, expected)) ? null : $"The {scheme.Provider} signature does not match.";
    }

    private static bool HexEquals(string hex, byte[] expected)
    {
        try
        {
            return CryptographicOperations.FixedTimeEquals(Convert.FromHexString(hex), expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
