using System.Text;

namespace ResumeExport.Templates.Outline;

/// <summary>
/// User text as the outline hands it on: trimmed, one line, no control characters and nothing XML cannot hold (lone
/// surrogates, U+FFFE/U+FFFF), so no writer can be made to emit a line break, a tab or a broken document it did not choose.
/// </summary>
internal static class OutlineText
{
    /// <summary>The text as one clean line, or null when nothing printable is left.</summary>
    public static string? Line(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                continue;
            }
            else if (c is '\t' or '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                // Whitespace that would break a line or a column becomes a plain space.
                clean.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                clean.Append(c);
            }
        }

        var line = clean.ToString().Trim();
        return line.Length == 0 ? null : line;
    }

    /// <summary>Each line the person typed, cleaned; empty ones dropped.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split(["\r\n", "\n", "\r", "\u2028", "\u2029"], StringSplitOptions.None).Select(Line).OfType<string>()];

    public static IReadOnlyList<string> All(IEnumerable<string> texts) => [.. texts.Select(Line).OfType<string>()];

    /// <summary>The parts that have text, joined ("M.Sc., Informatics"); null when none has.</summary>
    public static string? Join(string separator, params string?[] parts)
    {
        var shown = parts.Select(Line).OfType<string>().ToList();
        return shown.Count == 0 ? null : string.Join(separator, shown);
    }

    /// <summary>
    /// The direction of the first strong letter (the Unicode bidirectional algorithm's paragraph rule, for the scripts
    /// resumes are written in): true for Hebrew, Arabic, Syriac, Thaana, N'Ko; false for any other letter or no letter.
    /// </summary>
    public static bool StartsRightToLeft(IEnumerable<string?> texts)
    {
        foreach (var text in texts)
        {
            if (text is null)
            {
                continue;
            }

            foreach (var rune in text.EnumerateRunes())
            {
                if (Rune.IsLetter(rune))
                {
                    return IsRightToLeftLetter(rune.Value);
                }
            }
        }

        return false;
    }

    /// <summary>Shown on paper without its scheme, "www." and trailing slash; linked only when it is an absolute http(s) URL.</summary>
    public static ResumeOutlineLink? Link(string? url, string? label = null)
    {
        var text = Line(url);
        if (text is null)
        {
            return Line(label) is { } onlyLabel ? new ResumeOutlineLink(onlyLabel, null) : null;
        }

        return new ResumeOutlineLink(Line(label) ?? Shorten(text), WebTarget(text));
    }

    public static Uri? WebTarget(string? url) =>
        Line(url) is { } text
        && Uri.TryCreate(text, UriKind.Absolute, out var absolute)
        && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp)
            ? absolute
            : null;

    /// <summary>"https://www.github.com/jane/" reads better on paper as "github.com/jane".</summary>
    public static string Shorten(string url)
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

        shown = shown.TrimEnd('/');
        return shown.Length == 0 ? url : shown;
    }

    private static bool IsRightToLeftLetter(int value) => value is
        (>= 0x0590 and <= 0x08FF) // Hebrew, Arabic, Syriac, Arabic Supplement, Thaana, N'Ko, Samaritan, Mandaic, Arabic Extended
        or (>= 0xFB1D and <= 0xFDFF) // Hebrew and Arabic presentation forms A
        or (>= 0xFE70 and <= 0xFEFC) // Arabic presentation forms B
        or (>= 0x10800 and <= 0x10FFF) // historic right-to-left scripts, Hanifi Rohingya
        or (>= 0x1E900 and <= 0x1E95F); // Adlam
}
