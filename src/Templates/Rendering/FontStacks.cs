namespace ResumeExport.Templates.Rendering;

/// <summary>
/// The families every script prints in, as two CSS custom properties the designs' font-family lines use. Every face is a
/// glyf-outline TrueType file from a Debian package (fonts-noto-core, fonts-migmix, fonts-lxgw-wenkai, fonts-nanum,
/// fonts-wqy-zenhei, fonts-dejavu-core) with a real bold: Skia embeds such a face as a CID TrueType subset with a ToUnicode
/// map, while CFF-outline faces (Noto Sans CJK's .ttc) come out as Type 3 glyph procedures (decision 28). Han characters
/// differ by language, so the language on &lt;html&gt; picks which CJK face comes first.
/// </summary>
internal static class FontStacks
{
    /// <summary>The value of font-family in a sans design.</summary>
    public const string Sans = "var(--resume-sans)";

    /// <summary>The value of font-family in a serif design.</summary>
    public const string Serif = "var(--resume-serif)";

    // Latin, Greek and Cyrillic (with real italics), then Arabic, Hebrew and Devanagari (no italic tradition: upright).
    private const string SansScripts = "\"Noto Sans\", \"Noto Sans Arabic\", \"Noto Sans Hebrew\", \"Noto Sans Devanagari\"";
    private const string SerifScripts = "\"Noto Serif\", \"Noto Naskh Arabic\", \"Noto Serif Hebrew\", \"Noto Serif Devanagari\"";

    // Chinese (simplified and traditional) first unless the resume is Japanese or Korean; WenQuanYi Zen Hei catches rare Han.
    private const string Chinese = "\"LXGW WenKai\"";
    private const string Japanese = "\"MigMix 2P\"";
    private const string KoreanSans = "\"NanumGothic\"";
    private const string KoreanSerif = "\"NanumMyeongjo\"";
    private const string LastResortSans = "\"WenQuanYi Zen Hei\", \"DejaVu Sans\", sans-serif";
    private const string LastResortSerif = "\"WenQuanYi Zen Hei\", \"DejaVu Serif\", serif";

    /// <summary>
    /// Every face of the scripts with no italic file (Arabic, Hebrew, Devanagari, CJK), declared once per weight and style
    /// the designs ask for (400 and 700, upright and italic) with <c>local()</c> and the file's PostScript name. Without it Chromium makes a typeface per request
    /// that lands on a file (weight 600 and 700 on one Bold file, italic and upright on a script's only Regular file), and
    /// Skia embeds the same file once per typeface: the Devanagari page carried each face twice (decision 28). The italic
    /// style is given the upright file, so italic text there prints upright, as before.
    /// Latin, Greek and Cyrillic (Noto Sans, Noto Serif) stay system faces: Chromium places a <c>local()</c> face's glyphs
    /// at hinted advances, so letter-spaced headings ("S U M M A R Y") came out of text extraction with stray spaces
    /// ("SU MMARY"); as system faces their advances stay exact, at the cost of one more Bold subset (weight 600) on a
    /// Latin page.
    /// </summary>
    private static readonly (string Family, string Regular, string Bold)[] Faces =
    [
        ("Noto Sans Arabic", "NotoSansArabic-Regular", "NotoSansArabic-Bold"),
        ("Noto Naskh Arabic", "NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"),
        ("Noto Sans Hebrew", "NotoSansHebrew-Regular", "NotoSansHebrew-Bold"),
        ("Noto Serif Hebrew", "NotoSerifHebrew-Regular", "NotoSerifHebrew-Bold"),
        ("Noto Sans Devanagari", "NotoSansDevanagari-Regular", "NotoSansDevanagari-Bold"),
        ("Noto Serif Devanagari", "NotoSerifDevanagari-Regular", "NotoSerifDevanagari-Bold"),
        ("LXGW WenKai", "LXGWWenKai-Regular", "LXGWWenKai-Bold"),
        ("MigMix 2P", "migmix-2p-regular", "migmix-2p-bold"),
        ("NanumGothic", "NanumGothic", "NanumGothicBold"),
        ("NanumMyeongjo", "NanumMyeongjo", "NanumMyeongjoBold"),
    ];

    // No synthesised faces (decision 28): italic text prints in a real italic file where the script has one (Latin, Greek,
    // Cyrillic) and upright elsewhere (Arabic, Hebrew, Devanagari, CJK), where the designs' colour still sets it apart; a
    // skewed regular face is not an italic to a reader of those scripts, nor a stroked one a bold.
    public static string Css { get; } = string.Concat(Faces.Select(FaceRules)) + $$"""
        :root { font-synthesis: none; }
        :root { --resume-sans: {{SansScripts}}, {{Chinese}}, {{Japanese}}, {{KoreanSans}}, {{LastResortSans}};
          --resume-serif: {{SerifScripts}}, {{Chinese}}, {{Japanese}}, {{KoreanSerif}}, {{LastResortSerif}}; }
        :root:lang(ja) { --resume-sans: {{SansScripts}}, {{Japanese}}, {{Chinese}}, {{KoreanSans}}, {{LastResortSans}};
          --resume-serif: {{SerifScripts}}, {{Japanese}}, {{Chinese}}, {{KoreanSerif}}, {{LastResortSerif}}; }
        :root:lang(ko) { --resume-sans: {{SansScripts}}, {{KoreanSans}}, {{Chinese}}, {{Japanese}}, {{LastResortSans}};
          --resume-serif: {{SerifScripts}}, {{KoreanSerif}}, {{Chinese}}, {{Japanese}}, {{LastResortSerif}}; }

        """;

    private static string FaceRules((string Family, string Regular, string Bold) face) =>
        FaceRule(face.Family, 400, "normal", face.Regular) + FaceRule(face.Family, 400, "italic", face.Regular)
        + FaceRule(face.Family, 700, "normal", face.Bold) + FaceRule(face.Family, 700, "italic", face.Bold);

    private static string FaceRule(string family, int weight, string style, string postScriptName) =>
        $"@font-face {{ font-family: \"{family}\"; font-weight: {weight}; font-style: {style}; src: local(\"{postScriptName}\"); }}\n";
}
