namespace ResumeExport.Templates.Rendering;

/// <summary>
/// User URLs are printed as text. Only an absolute http(s) URL also becomes a link, and a link is never fetched while
/// printing (an anchor loads nothing); any other scheme (javascript:, file:, data:) stays inert text.
/// </summary>
internal static class ResumeUrls
{
    public static string Markup(string? url)
    {
        if (!Html.HasText(url))
        {
            return string.Empty;
        }

        var trimmed = url!.Trim();
        var shown = Html.Encode(Shorten(trimmed));
        return IsWebLink(trimmed, out var absolute)
            ? $"<a class=\"url\" href=\"{Html.Encode(absolute.AbsoluteUri)}\">{shown}</a>"
            : $"<span class=\"url\">{shown}</span>";
    }

    private static bool IsWebLink(string url, out Uri absolute) =>
        Uri.TryCreate(url, UriKind.Absolute, out absolute!)
        && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp);

    /// <summary>"https://github.com/jane/" reads better on paper as "github.com/jane".</summary>
    private static string Shorten(string url)
    {
        var shown = url;
        foreach (var prefix in new[] { "https://", "http://" })
        {
            if (shown.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                shown = shown[prefix.Length..];
                break;
            }
        }

        if (shown.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            shown = shown[4..];
        }

        return shown.TrimEnd('/');
    }
}
