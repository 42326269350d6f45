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

    /// <summary>
    /// The encoded text in a <c>bdi</c> (direction from its first strong letter), or nothing when it is blank: an Arabic
    /// line in an English resume, or an English one in an Arabic resume, keeps its own order while the block around it
    /// keeps the page's alignment.
    /// </summary>
    public static string Isolated(string? text) => HasText(text) ? $"<bdi>{Encode(text)}</bdi>" : string.Empty;
}
