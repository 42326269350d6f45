using System.Net;
using System.Text;

namespace ResumeExport.Api.ShareLinks;

/// <summary>
/// The share pages' HTML: the template's own document with a small bar holding "Download PDF" (its styles inline,
/// allowed by <see cref="Http.SecurityHeaders.SharePagePolicy"/>), and the few pages of our own (password, gone, wait).
/// Every text the user wrote is HTML-encoded; no page has a script or loads anything.
/// </summary>
internal static class SharePageHtml
{
    private const string BarStyles =
        ".re-share-bar{display:flex;justify-content:flex-end;gap:1em;align-items:center;padding:.5em 1em;margin:0 0 1em;"
        + "background:#f3f4f6;border-bottom:1px solid #d1d5db;font:14px/1.4 system-ui,sans-serif;direction:ltr}"
        + ".re-share-bar a{color:#1d4ed8;font-weight:600;text-decoration:none}"
        + "@media print{.re-share-bar{display:none}}";

    private const string PageStyles =
        "body{font:16px/1.5 system-ui,sans-serif;max-width:32em;margin:4em auto;padding:0 1em;color:#111827}"
        + "input{font:inherit;padding:.4em;width:100%;box-sizing:border-box;margin:.5em 0}"
        + "button{font:inherit;padding:.4em 1.2em}.error{color:#b91c1c}";

    /// <summary>The template's whole document with the bar first in its body.</summary>
    public static string ResumePage(string templateHtml, string pdfPath)
    {
        var bar = $"<nav class=\"re-share-bar\" aria-label=\"Shared resume\"><a id=\"download-pdf\" href=\"{Encode(pdfPath)}\" rel=\"nofollow\">Download PDF</a></nav>";
        var head = templateHtml.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        var body = templateHtml.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var bodyOpen = body < 0 ? -1 : templateHtml.IndexOf('>', body);
        if (head < 0 || bodyOpen < head)
        {
            // Not the shape the templates package writes: show it below the bar rather than guess.
            return Page("Shared resume", bar + templateHtml);
        }

        return new StringBuilder(templateHtml.Length + 1024)
            .Append(templateHtml, 0, head)
            .Append($"<meta name=\"robots\" content=\"noindex, nofollow\"><style>{BarStyles}</style>")
            .Append(templateHtml, head, bodyOpen + 1 - head)
            .Append(bar)
            .Append(templateHtml, bodyOpen + 1, templateHtml.Length - bodyOpen - 1)
            .ToString();
    }

    /// <summary>The password form; it posts to the page itself (<c>form-action 'self'</c>).</summary>
    public static string PasswordPage(string pagePath, bool wrongPassword) => Page(
        "Password required",
        "<h1>This resume is protected</h1>"
        + (wrongPassword ? "<p class=\"error\" role=\"alert\">The password is incorrect.</p>" : "<p>Enter the password you were given to see it.</p>")
        + $"<form method=\"post\" action=\"{Encode(pagePath)}\"><label for=\"password\">Password</label>"
        + "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required maxlength=\"128\" autofocus>"
        + "<button type=\"submit\">Show the resume</button></form>");

    public static string MessagePage(string title, string message) =>
        Page(title, $"<h1>{Encode(title)}</h1><p>{Encode(message)}</p>");

    /// <summary>While the PDF renders: the browser asks again by itself (a meta refresh is no script).</summary>
    public static string WaitPage(int seconds) =>
        Page("Preparing the PDF", $"<h1>Preparing the PDF</h1><p>The PDF is being prepared. This page tries again in {seconds} seconds.</p>",
            $"<meta http-equiv=\"refresh\" content=\"{seconds}\">");

    private static string Page(string title, string body, string extraHead = "") =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + $"<meta name=\"robots\" content=\"noindex, nofollow\">{extraHead}<title>{Encode(title)}</title><style>{PageStyles}</style></head>"
        + $"<body>{body}</body></html>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
