using System.Globalization;
using System.Text.RegularExpressions;

namespace ResumeExport.Api.Http;

/// <summary>
/// The ETag is the quoted version (<c>"3"</c>; weak reads the same). Any other <c>If-Match</c> (<c>*</c>, a list) is
/// refused, never ignored, so a client cannot skip the concurrency check by accident.
/// </summary>
internal static partial class EntityTags
{
    public const string IfMatchField = "If-Match";

    public static string ForVersion(int version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>True with <paramref name="version"/> null when there is no header; false when it is malformed.</summary>
    public static bool TryParseIfMatch(string? header, out int? version)
    {
        version = null;
        if (header is null)
        {
            return true;
        }

        var match = SingleVersionTag().Match(header.Trim());
        if (!match.Success || !int.TryParse(match.Groups["version"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
        {
            return false;
        }

        version = parsed;
        return true;
    }

    [GeneratedRegex("""^(W/)?"(?<version>[0-9]{1,10})"$""", RegexOptions.CultureInvariant)]
    private static partial Regex SingleVersionTag();
}
