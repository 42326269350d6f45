using System.Net;

namespace ResumeExport.Templates.Rendering;

/// <summary>
/// The only way user text reaches the markup. <see cref="WebUtility.HtmlEncode(string)"/> escapes &lt; &gt; &amp; " and ',
/// so the result is safe both between tags and inside a double-quoted attribute.
/// </summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text?.Trim() ?? string.Empty);

    public static bool HasText(string? text) => !string.IsNullOrWhiteSpace(text);
}
