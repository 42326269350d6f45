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
    /// Every face the stacks name, declared once per weight and style the designs ask for (400 and 700, upright and
    /// italic) with <c>local()</c> and the file's PostScript name. Without it Chromium makes a typeface per request
    /// that lands on a file (weight 600 and 700 on one Bold file, italic and upright on a script's only Regular file), and
    /// Skia embeds the same file once per typeface: the Devanagari page carried each face twice (decision 28). Scripts
    /// with no italic file give their upright file for the italic style, so italic text there prints upright, as before.
    /// </summary>
    private static readonly (string Family, string Regular, string? Italic, string Bold, string? BoldItalic)[] Faces =
    [
        ("Noto Sans", "NotoSans-Regular", "NotoSans-Italic", "NotoSans-Bold", "NotoSans-BoldItalic"),
        ("Noto Serif", "NotoSerif-Regular", "NotoSerif-Italic", "NotoSerif-Bold", "NotoSerif-BoldItalic"),
        ("Noto Sans Arabic", "NotoSansArabic-Regular", null, "NotoSansArabic-Bold", null),
        ("Noto Naskh Arabic", "NotoNaskhArabic-Regular", null, "NotoNaskhArabic-Bold", null),
        ("Noto Sans Hebrew", "NotoSansHebrew-Regular", null, "NotoSansHebrew-Bold", null),
        ("Noto Serif Hebrew", "NotoSerifHebrew-Regular", null, "NotoSerifHebrew-Bold", null),
        ("Noto Sans Devanagari", "NotoSansDevanagari-Regular", null, "NotoSansDevanagari-Bold", null),
        ("Noto Serif Devanagari", "NotoSerifDevanagari-Regular", null, "NotoSerifDevanagari-Bold", null),
        ("LXGW WenKai", "LXGWWenKai-Regular", null, "LXGWWenKai-Bold", null),
        ("MigMix 2P", "migmix-2p-regular", null, "migmix-2p-bold", null),
        ("NanumGothic", "NanumGothic", null, "NanumGothicBold", null),
        ("NanumMyeongjo", "NanumMyeongjo", null, "NanumMyeongjoBold", null),
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

    private static string FaceRules((string Family, string Regular, string? Italic, string Bold, string? BoldItalic) face) =>
        FaceRule(face.Family, 400, "normal", face.Regular) + FaceRule(face.Family, 400, "italic", face.Italic ?? face.Regular)
        + FaceRule(face.Family, 700, "normal", face.Bold) + FaceRule(face.Family, 700, "italic", face.BoldItalic ?? face.Bold);

    private static string FaceRule(string family, int weight, string style, string postScriptName) =>
        $"@font-face {{ font-family: \"{family}\"; font-weight: {weight}; font-style: {style}; src: local(\"{postScriptName}\"); }}\n";
}
