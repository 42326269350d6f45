namespace ResumeExport.Templates.Rendering;

/// <summary>
/// The one rule for which way a resume runs: every format (HTML, Word, Markdown, text) asks here, so a language never
/// prints right to left in one format and left to right in another.
/// </summary>
internal static class TextDirections
{
    /// <summary>Primary language subtags written right to left (and <c>ku-Arab</c>, Kurdish when its tag names no other script).</summary>
    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku-Arab", "ps", "sd", "syr", "ug", "ur", "yi",
    };

    /// <summary>Script subtags written right to left: a script in the tag wins over the language (<c>az-Arab</c>, <c>sd-Deva</c>).</summary>
    private static readonly HashSet<string> RightToLeftScripts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr",
    };

    /// <summary>True for a BCP 47 tag of a language or script written right to left (ar, he, fa-IR, ur, az-Arab…).</summary>
    public static bool IsRightToLeftLanguage(string? tag)
    {
        var subtags = (tag ?? string.Empty).Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (subtags.Length == 0)
        {
            return false;
        }

        var script = subtags.Skip(1).FirstOrDefault(s => s.Length == 4 && s.All(char.IsAsciiLetter));
        return script is not null
            ? RightToLeftScripts.Contains(script)
            : RightToLeftLanguages.Contains(subtags[0]) || (subtags.Length > 1 && RightToLeftLanguages.Contains($"{subtags[0]}-{subtags[1]}"));
    }

    /// <summary>The HTML <c>dir</c> value of a resume in <paramref name="tag"/>: <c>rtl</c> or <c>ltr</c>.</summary>
    public static string HtmlDir(string? tag) => IsRightToLeftLanguage(tag) ? "rtl" : "ltr";
}
