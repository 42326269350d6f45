using System.Text;
using ResumeExport.Templates.Outline;

namespace ResumeExport.Adapters.Rendering.Documents;

/// <summary>
/// Plain text for pasting into a web form: UTF-8 without a byte order mark, "\n" line ends, one fact per line, no
/// markup, no tabs, no box drawing or ASCII art. Sections are a blank line, their heading, then their items, each item
/// after a blank line; bullets start with "• ", links are written out in full.
/// </summary>
internal static class PlainTextResumeWriter
{
    public const string BulletPrefix = "\u2022 ";

    private const string Separator = " \u00B7 ";

    public static byte[] Write(ResumeOutline outline)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var text = new StringBuilder(4 * 1024);
        Line(text, outline.Name);
        if (outline.Headline.Length > 0)
        {
            Line(text, outline.Headline);
        }

        foreach (var contact in outline.Contacts)
        {
            Line(text, WithTarget(contact.Text, contact.Target));
        }

        foreach (var section in outline.Sections)
        {
            text.Append('\n');
            if (section.Heading.Length > 0)
            {
                Line(text, section.Heading);
            }

            if (section.IsList)
            {
                text.Append(section.Heading.Length > 0 ? "\n" : string.Empty);
                section.Items.ToList().ForEach(item => Line(text, ListEntry(item)));
                continue;
            }

            foreach (var item in section.Items)
            {
                if (section.Heading.Length > 0 || item != section.Items[0])
                {
                    text.Append('\n');
                }

                WriteItem(text, item);
            }
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    private static void WriteItem(StringBuilder text, ResumeOutlineItem item)
    {
        foreach (var line in new[] { item.Title, item.Subtitle, item.Dates, item.Location }.OfType<string>())
        {
            Line(text, line);
        }

        item.Details.Concat(item.Paragraphs).ToList().ForEach(line => Line(text, line));
        item.Links.ToList().ForEach(link => Line(text, WithTarget(link.Text, link.Target)));
        item.Bullets.ToList().ForEach(bullet => Line(text, BulletPrefix + bullet));
        if (item.Tags.Count > 0)
        {
            Line(text, string.Join(", ", item.Tags));
        }
    }

    /// <summary>"C# — Expert · HTML, CSS": one entry of a list section on one line.</summary>
    private static string ListEntry(ResumeOutlineItem item)
    {
        var details = new List<string>();
        details.AddRange(new[] { item.Subtitle, item.Dates, item.Location }.OfType<string>());
        details.AddRange(item.Details.Concat(item.Paragraphs));
        details.AddRange(item.Links.Select(l => WithTarget(l.Text, l.Target)));
        details.AddRange(item.Bullets);
        if (item.Tags.Count > 0)
        {
            details.Add(string.Join(", ", item.Tags));
        }

        var detail = string.Join(Separator, details);
        return item.Title is null ? detail : detail.Length == 0 ? item.Title : $"{item.Title} \u2014 {detail}";
    }

    /// <summary>A form keeps no links, so the address itself is written: "GitHub: jane (https://github.com/jane)".</summary>
    private static string WithTarget(string text, Uri? target)
    {
        if (target is null)
        {
            return text;
        }

        // The shortened address ("github.com/jane") is part of the full one: writing both would say it twice.
        var url = target.AbsoluteUri;
        return url.Contains(text, StringComparison.OrdinalIgnoreCase) ? url : $"{text} ({url})";
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
