namespace ResumeExport.Domain.Common;

/// <summary>
/// C0 controls are refused except tab, LF and CR LF (PostgreSQL cannot store NUL), as are unpaired surrogates, since
/// text is stored as UTF-8.
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
