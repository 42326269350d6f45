using System.Net;
using System.Text;

namespace ResumeExport.Application.Emails.Common;

/// <summary>Plain-text bodies and their HTML twins (every piece of user text HTML-encoded).</summary>
public static class EmailBodies
{
    public static string Html(string text)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }
}
