using ResumeExport.Templates.Outline;

namespace ResumeExport.Adapters.Rendering.Documents;

/// <summary>
/// The four font slots Word fills per character (Latin, high ANSI, East Asian, complex script) and the three languages
/// it tags text with, for one resume. Faces are Noto families installed with the renderer (fonts-noto-core,
/// fonts-noto-cjk); a reader's Word without them falls back to its own.
/// </summary>
/// <param name="Latin">ascii and hAnsi.</param>
/// <param name="EastAsia">Han, kana, hangul: the CJK face of the resume's language (Japanese, Korean, Traditional or Simplified Chinese).</param>
/// <param name="ComplexScript">Right-to-left scripts: a Hebrew face for Hebrew and Yiddish, an Urdu one for Urdu, else an Arabic one.</param>
/// <param name="EastAsiaLanguage">The w:lang eastAsia tag: the resume's language when it is CJK, else Simplified Chinese (the templates' CJK fallback).</param>
/// <param name="BidiLanguage">The w:lang bidi tag: the resume's language when it is right to left, else Arabic.</param>
internal sealed record WordFonts(string Latin, string EastAsia, string ComplexScript, string Language, string EastAsiaLanguage, string BidiLanguage)
{
    public static WordFonts For(ResumeOutline outline, WordTypeface typeface)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var family = typeface == WordTypeface.Serif ? "Serif" : "Sans";
        var primary = outline.Language.Split('-')[0].ToLowerInvariant();
        var region = CjkRegion(outline.Language);
        var complex = primary switch
        {
            "he" or "iw" or "yi" => $"Noto {family} Hebrew",
            "ur" => "Noto Nastaliq Urdu",
            _ => typeface == WordTypeface.Serif ? "Noto Naskh Arabic" : "Noto Sans Arabic",
        };
        return new WordFonts(
            $"Noto {family}",
            $"Noto {family} CJK {region ?? "SC"}",
            complex,
            outline.Language,
            region is null ? "zh-CN" : outline.Language,
            outline.IsRightToLeft ? outline.Language : "ar-SA");
    }

    /// <summary>Which Noto CJK face a CJK language reads best in; null for a language that is not CJK.</summary>
    private static string? CjkRegion(string language)
    {
        var subtags = language.Split('-');
        return subtags[0].ToLowerInvariant() switch
        {
            "ja" => "JP",
            "ko" => "KR",
            "zh" when subtags.Skip(1).Any(s => s.Equals("Hant", StringComparison.OrdinalIgnoreCase)
                || s.Equals("TW", StringComparison.OrdinalIgnoreCase) || s.Equals("MO", StringComparison.OrdinalIgnoreCase)) => "TC",
            "zh" when subtags.Skip(1).Any(s => s.Equals("HK", StringComparison.OrdinalIgnoreCase)) => "HK",
            "zh" => "SC",
            _ => null,
        };
    }
}
