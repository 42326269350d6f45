namespace ResumeExport.Templates.Rendering;

/// <summary>
/// The one translation table of the templates: per language, the month-year format, the end of an open range and the
/// default section titles. A resume's BCP 47 <c>language</c> picks its row by dropping subtags from the end
/// (<c>pt-BR</c> → <c>pt</c>); a language not in the table prints in English, so a page never mixes two languages'
/// fixed words.
/// To add a language: one row here and its case in the tests (docs/templates.md).
/// </summary>
internal static class PrintLanguages
{
    /// <summary>Month names are the culture's abbreviations ("MMM"); CJK languages write the month as a number.</summary>
    private const string AbbreviatedMonthYear = "MMM yyyy";

    public static PrintLanguage English { get; } = new(
        "en", AbbreviatedMonthYear, "Present",
        ["Summary", "Experience", "Education", "Skills", "Projects", "Certifications", "Languages", "Links",
             "Volunteering", "Awards", "Publications", "Interests", "References"]);

    /// <summary>
    /// Section titles in kind order: summary, experience, education, skills, projects, certifications, languages, links,
    /// volunteer, awards, publications, interests, references.
    /// </summary>
    private static readonly Dictionary<string, PrintLanguage> ByTag = new PrintLanguage[]
    {
        English,
        new("de", AbbreviatedMonthYear, "heute",
            ["Profil", "Berufserfahrung", "Ausbildung", "Kenntnisse", "Projekte", "Zertifikate", "Sprachen", "Links",
             "Ehrenamt", "Auszeichnungen", "Publikationen", "Interessen", "Referenzen"]),
        new("fr", AbbreviatedMonthYear, "aujourd\u2019hui",
            ["Profil", "Expérience professionnelle", "Formation", "Compétences", "Projets", "Certifications", "Langues", "Liens",
             "Bénévolat", "Distinctions", "Publications", "Centres d\u2019intérêt", "Références"]),
        new("es", AbbreviatedMonthYear, "actualidad",
            ["Perfil", "Experiencia", "Formación", "Habilidades", "Proyectos", "Certificaciones", "Idiomas", "Enlaces",
             "Voluntariado", "Premios", "Publicaciones", "Intereses", "Referencias"]),
        new("pt", AbbreviatedMonthYear, "atual",
            ["Resumo", "Experiência", "Formação", "Competências", "Projetos", "Certificações", "Idiomas", "Links",
             "Voluntariado", "Distinções", "Publicações", "Interesses", "Referências"]),
        new("ar", AbbreviatedMonthYear, "حتى الآن",
            ["نبذة", "الخبرة العملية", "التعليم", "المهارات", "المشاريع", "الشهادات", "اللغات", "روابط",
             "العمل التطوعي", "الجوائز", "المنشورات", "الاهتمامات", "المراجع"]),
        new("he", AbbreviatedMonthYear, "היום",
            ["תקציר", "ניסיון תעסוקתי", "השכלה", "כישורים", "פרויקטים", "הסמכות", "שפות", "קישורים",
             "התנדבות", "פרסים", "פרסומים", "תחומי עניין", "ממליצים"]),
        new("ja", "yyyy'年'M'月'", "現在",
            ["概要", "職歴", "学歴", "スキル", "プロジェクト", "資格", "語学", "リンク",
             "ボランティア活動", "受賞歴", "著作・論文", "興味・関心", "推薦者"]),
        new("zh", "yyyy'年'M'月'", "至今",
            ["个人简介", "工作经历", "教育背景", "技能", "项目经历", "证书", "语言能力", "链接",
             "志愿者经历", "获奖情况", "出版物", "兴趣爱好", "推荐人"]),
        new("zh-Hant", "yyyy'年'M'月'", "至今",
            ["個人簡介", "工作經歷", "教育背景", "技能", "專案經歷", "證照", "語言能力", "連結",
             "志工經歷", "獲獎紀錄", "出版著作", "興趣", "推薦人"]),
        new("ko", "yyyy'년' M'월'", "현재",
            ["요약", "경력", "학력", "기술", "프로젝트", "자격증", "어학", "링크",
             "봉사 활동", "수상 경력", "출판물", "관심사", "추천인"]),
        new("ru", AbbreviatedMonthYear, "настоящее время",
            ["О себе", "Опыт работы", "Образование", "Навыки", "Проекты", "Сертификаты", "Языки", "Ссылки",
             "Волонтёрство", "Награды", "Публикации", "Интересы", "Рекомендации"], standaloneMonths: true),
        new("tr", AbbreviatedMonthYear, "Günümüz",
            ["Özet", "İş Deneyimi", "Eğitim", "Yetenekler", "Projeler", "Sertifikalar", "Diller", "Bağlantılar",
             "Gönüllü Çalışmalar", "Ödüller", "Yayınlar", "İlgi Alanları", "Referanslar"]),
    }.ToDictionary(language => language.Tag, StringComparer.OrdinalIgnoreCase);

    /// <summary>Chinese as written in Taiwan, Hong Kong and Macau is Traditional unless the tag says otherwise.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zh-TW"] = "zh-Hant",
        ["zh-HK"] = "zh-Hant",
        ["zh-MO"] = "zh-Hant",
    };

    /// <summary>"pt-BR" → pt, "zh-Hant-TW" → zh-Hant, "zh-CN" → zh, "xx" or nothing → English.</summary>
    public static PrintLanguage For(string? languageTag)
    {
        if (string.IsNullOrWhiteSpace(languageTag))
        {
            return English;
        }

        var subtags = languageTag.Trim().Replace('_', '-').Split('-');
        for (var count = subtags.Length; count > 0; count--)
        {
            var tag = string.Join('-', subtags[..count]);
            if (ByTag.TryGetValue(Aliases.GetValueOrDefault(tag, tag), out var language))
            {
                return language;
            }
        }

        return English;
    }
}
