namespace ResumeExport.Domain.Common;

/// <summary>
/// The one rule for control characters in text that users send us (every string of every request): C0 control
/// characters (U+0000–U+001F) are refused except tab and newline. A newline may be written <c>LF</c> or <c>CR LF</c>
/// (Windows clients send that); a carriage return on its own is refused, like every other C0 character. Text must also
/// be well-formed UTF-16 (no unpaired surrogate), since it is stored as UTF-8. NUL in particular cannot be stored:
/// PostgreSQL refuses 0x00 in <c>text</c> and <c>jsonb</c>.
/// </summary>
public static class ControlCharacters
{
    public const string Rule = "must not contain control characters other than tab and newline";

    /// <summary>The index of the first character the rule refuses, or -1 when the text is fine.</summary>
    public static int IndexOfForbidden(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20)
            {
                if (c is '\t' or '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                {
                    continue;
                }

                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    public static bool AreAbsentFrom(string? text) => text is null || IndexOfForbidden(text) < 0;
}
