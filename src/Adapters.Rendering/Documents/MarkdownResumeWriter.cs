using System.Text;
using ResumeExport.Templates.Outline;

namespace ResumeExport.Adapters.Rendering.Documents;

/// <summary>
/// CommonMark: <c># name</c>, the headline and contact lines, <c>## section</c>, <c>### item</c>, its meta lines and
/// paragraphs, <c>- bullet</c> lists; list sections (skills, languages…) as one list. User text is escaped so it can only
/// ever be text, and only http(s) URLs become links. UTF-8 without a byte order mark, "\n" line ends.
/// </summary>
internal static class MarkdownResumeWriter
{
    private const string Separator = " \u00B7 ";

    public static byte[] Write(ResumeOutline outline)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var markdown = new StringBuilder(4 * 1024);
        Block(markdown, $"# {Escape(outline.Name)}");
        if (outline.Headline.Length > 0)
        {
            Block(markdown, Escape(outline.Headline, lineStart: true));
        }

        var basics = outline.Contacts.Where(c => c.Kind != ResumeOutlineContactKind.Profile).Select((c, i) => Link(c.Text, c.Target, i == 0)).ToList();
        var profiles = outline.Contacts.Where(c => c.Kind == ResumeOutlineContactKind.Profile).Select((c, i) => Link(c.Text, c.Target, i == 0)).ToList();
        foreach (var line in new[] { basics, profiles }.Where(line => line.Count > 0))
        {
            Block(markdown, string.Join(Separator, line));
        }

        foreach (var section in outline.Sections)
        {
            if (section.Heading.Length > 0)
            {
                Block(markdown, $"## {Escape(section.Heading)}");
            }

            if (section.IsList)
            {
                Block(markdown, string.Join('\n', section.Items.Select(item => $"- {ListEntry(item)}")));
                continue;
            }

            foreach (var item in section.Items)
            {
                WriteItem(markdown, item);
            }
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(markdown.ToString().TrimEnd('\n') + "\n");
    }

    private static void WriteItem(StringBuilder markdown, ResumeOutlineItem item)
    {
        if (item.Title is not null)
        {
            Block(markdown, $"### {Escape(item.Title)}");
        }

        if (item.Subtitle is not null)
        {
            Block(markdown, $"*{Escape(item.Subtitle)}*");
        }

        var meta = string.Join(Separator, new[] { item.Dates, item.Location }.OfType<string>());
        if (meta.Length > 0)
        {
            Block(markdown, Escape(meta, lineStart: true));
        }

        foreach (var line in item.Details.Concat(item.Paragraphs))
        {
            Block(markdown, Escape(line, lineStart: true));
        }

        if (item.Links.Count > 0)
        {
            Block(markdown, string.Join(Separator, item.Links.Select(l => Link(l.Text, l.Target))));
        }

        if (item.Bullets.Count > 0)
        {
            Block(markdown, string.Join('\n', item.Bullets.Select(b => $"- {Escape(b, lineStart: true)}")));
        }

        if (item.Tags.Count > 0)
        {
            Block(markdown, Escape(string.Join(", ", item.Tags), lineStart: true));
        }
    }

    /// <summary>"**C#** — Expert · HTML, CSS", "**GitHub** — [github.com/jane](https://github.com/jane)".</summary>
    private static string ListEntry(ResumeOutlineItem item)
    {
        var parts = new List<(string Text, Uri? Target)>();
        parts.AddRange(new[] { item.Subtitle, item.Dates, item.Location }.OfType<string>().Select(t => (t, (Uri?)null)));
        parts.AddRange(item.Details.Concat(item.Paragraphs).Select(t => (t, (Uri?)null)));
        parts.AddRange(item.Links.Select(l => (l.Text, l.Target)));
        parts.AddRange(item.Bullets.Select(t => (t, (Uri?)null)));
        if (item.Tags.Count > 0)
        {
            parts.Add((string.Join(", ", item.Tags), null));
        }

        // Without a title, the first detail starts the list item's line.
        var detail = string.Join(Separator, parts.Select((p, i) => Link(p.Text, p.Target, lineStart: i == 0 && item.Title is null)));
        return item.Title is null ? detail : detail.Length == 0 ? $"**{Escape(item.Title)}**" : $"**{Escape(item.Title)}** \u2014 {detail}";
    }

    /// <summary>A link only for http(s); the destination in angle brackets, so parentheses in a URL cannot end it early.</summary>
    private static string Link(string text, Uri? target, bool lineStart = false) =>
        target is null ? Escape(text, lineStart) : $"[{Escape(text)}](<{target.AbsoluteUri}>)";

    private static void Block(StringBuilder markdown, string block) => markdown.Append(block).Append("\n\n");

    /// <summary>
    /// Backslash before every character CommonMark could read as syntax anywhere in a line: emphasis, code, links, HTML,
    /// entities, tables' pipes, headings' hashes. At the start of a line also a list marker ("-", "+ ", "1. ") or a
    /// heading underline ("="), so the person's text never turns into a list or a heading.
    /// </summary>
    internal static string Escape(string text) => Escape(text, lineStart: false);

    internal static string Escape(string text, bool lineStart)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '|' or '~' or '!' or '#' or '{' or '}')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        var result = escaped.ToString();
        if (!lineStart || result.Length == 0)
        {
            return result;
        }

        if (result[0] is '-' or '=' || (result[0] == '+' && (result.Length == 1 || result[1] == ' ')))
        {
            return "\\" + result;
        }

        // "2020. A year" would start an ordered list: escape the dot or parenthesis after leading digits.
        var digits = 0;
        while (digits < result.Length && char.IsAsciiDigit(result[digits]))
        {
            digits++;
        }

        var isMarker = digits is > 0 and <= 9 && digits < result.Length && result[digits] is '.' or ')'
            && (digits + 1 == result.Length || result[digits + 1] == ' ');
        return isMarker ? string.Concat(result.AsSpan(0, digits), "\\", result.AsSpan(digits)) : result;
    }
}
