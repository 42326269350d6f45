using ResumeExport.Templates;
using ResumeExport.Templates.Outline;

namespace ResumeExport.Integration.Tests.Rendering.Documents;

/// <summary>
/// Resumes with every section kind and every field each kind reads, in English (with a Hebrew reference: a right-to-left
/// item in a left-to-right resume), Arabic (right to left throughout) and Japanese; plus text that looks like markup.
/// </summary>
internal static class FullResumes
{
    public const string English = "en";
    public const string Arabic = "ar";
    public const string Japanese = "ja";

    public static IReadOnlyList<string> Languages { get; } = [English, Arabic, Japanese];

    public static ResumeOutline Outline(string language) => ResumeOutline.Build(Document(language));

    /// <summary>Keeps a written document beside the test run (documents/), for people to open.</summary>
    public static void Keep(string name, byte[] content)
    {
        var directory = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "documents"));
        File.WriteAllBytes(Path.Combine(directory.FullName, name), content);
    }

    public static ResumeDocument Document(string language) => language switch
    {
        Arabic => ArabicResume(),
        Japanese => JapaneseResume(),
        _ => EnglishResume(),
    };

    private static ResumeDocument EnglishResume() => new(
        "Senior Backend Engineer",
        "Jane Q. Doe",
        "jane.doe@example.com",
        [
            new(ResumeSectionKinds.Summary, "Summary", [new() { Text = "Backend engineer with *ten* years in .NET & PostgreSQL.\nMentors engineers; likes boring pipelines." }]),
            new(ResumeSectionKinds.Experience, "Experience",
            [
                new()
                {
                    Role = "Staff Engineer", Company = "Acme GmbH", Location = "Berlin, DE", Url = "https://acme.example/jobs",
                    Description = "Logistics software company", Summary = "Owned the order export pipeline end to end.",
                    StartDate = new ResumeDocumentDate(2020, 1), Bullets = ["Cut p99 latency by 40% [measured]", "Led a team of six_engineers"],
                },
                new()
                {
                    Role = "Engineer", Company = "Initech", Location = "Austin, US", StartDate = new ResumeDocumentDate(2016, 3, 1),
                    EndDate = new ResumeDocumentDate(2019, 12, 31), Bullets = ["Shipped the billing ledger"],
                },
            ]),
            new(ResumeSectionKinds.Education, "Education",
            [
                new()
                {
                    Institution = "TU München", Degree = "M.Sc.", Field = "Informatics", Url = "https://www.tum.de/", Score = "1.3 (very good)",
                    Courses = ["IN2064 - Machine Learning", "IN2031 - Databases"], StartDate = new ResumeDocumentDate(2013), EndDate = new ResumeDocumentDate(2015),
                },
            ]),
            new(ResumeSectionKinds.Skills, "Skills",
            [
                new() { Name = "C#", Level = "Expert", Keywords = ["ASP.NET Core", "EF Core"] },
                new() { Name = "PostgreSQL", Level = "Advanced", Keywords = ["partitioning"] },
            ]),
            new(ResumeSectionKinds.Projects, "Projects",
            [
                new()
                {
                    Name = "pg-outbox", Description = "A transactional outbox for PostgreSQL.", Url = "https://github.com/jane/pg-outbox",
                    Entity = "Open source", Type = "library", Roles = ["Maintainer", "Author"], Keywords = ["outbox", "postgres"],
                    StartDate = new ResumeDocumentDate(2019, 6), EndDate = new ResumeDocumentDate(2021, 2), Bullets = ["1.2k stars on GitHub"],
                },
            ]),
            new(ResumeSectionKinds.Certifications, "Certifications",
                [new() { Name = "Certified Kubernetes Administrator", Issuer = "CNCF", Date = new ResumeDocumentDate(2022, 5), Url = "https://cncf.io/cka" }]),
            new(ResumeSectionKinds.Languages, "Languages",
                [new() { Name = "German", Proficiency = "Native" }, new() { Name = "English", Proficiency = "Fluent (C2)" }]),
            new(ResumeSectionKinds.Links, "Links",
                [new() { Label = "Blog", Url = "https://jane.example/blog" }, new() { Label = "Unsafe", Url = "javascript:alert(1)" }]),
            new(ResumeSectionKinds.Volunteer, "Volunteering",
            [
                new()
                {
                    Organization = "CoderDojo Berlin", Role = "Coach", Url = "https://coderdojo.example", Summary = "Teaches kids to program.",
                    StartDate = new ResumeDocumentDate(2018, 9), Bullets = ["Weekly sessions for 20 kids"],
                },
            ]),
            new(ResumeSectionKinds.Awards, "Awards",
                [new() { Name = "Engineer of the Year", Issuer = "Acme GmbH", Date = new ResumeDocumentDate(2022, 11), Summary = "For the export pipeline." }]),
            new(ResumeSectionKinds.Publications, "Publications",
            [
                new()
                {
                    Name = "Boring Pipelines", Publisher = "InfoQ", Date = new ResumeDocumentDate(2021, 4, 12), Url = "https://infoq.example/boring",
                    Summary = "Why idempotent consumers beat clever ones.",
                },
            ]),
            new(ResumeSectionKinds.Interests, "Interests", [new() { Name = "Cycling", Keywords = ["gravel", "touring"] }]),
            new(ResumeSectionKinds.References, "References",
            [
                new() { Name = "John Smith, CTO at Acme", Text = "Jane is the engineer I would hire again." },
                new() { Name = "דנה לוי", Text = "ג׳יין היא מהנדסת מצוינת." },
            ]),
            new(ResumeSectionKinds.Custom, "Talks", [new() { Text = "# Not a heading <b>nor bold</b>", Bullets = ["- not a nested list", "1. not numbered"] }]),
        ])
    {
        Language = English,
        Headline = "Backend engineer",
        Phone = "+49 30 1234567",
        Location = "Berlin, Germany",
        Website = "https://jane.example/",
        Profiles = [new("GitHub", "jane", "https://github.com/jane"), new("Mastodon", "@jane@hachyderm.io", "https://hachyderm.io/@jane")],
    };

    private static ResumeDocument ArabicResume() => new(
        "مهندسة برمجيات",
        "ليلى حسن",
        "layla@example.com",
        [
            new(ResumeSectionKinds.Summary, "", [new() { Text = "مهندسة برمجيات بخبرة عشر سنوات في بناء الأنظمة الموثوقة." }]),
            new(ResumeSectionKinds.Experience, "Experience",
            [
                new()
                {
                    Role = "مهندسة أولى", Company = "شركة أكمي", Location = "الرياض", Url = "https://acme.example/sa",
                    Description = "شركة برمجيات لوجستية", Summary = "قادت تصميم خط التصدير.",
                    StartDate = new ResumeDocumentDate(2020, 1), Bullets = ["خفضت زمن الاستجابة بنسبة ٤٠٪", "قادت فريقاً من ستة مهندسين"],
                },
            ]),
            new(ResumeSectionKinds.Education, "Education",
            [
                new()
                {
                    Institution = "جامعة الملك سعود", Degree = "بكالوريوس", Field = "علوم الحاسب", Url = "https://ksu.example", Score = "ممتاز",
                    Courses = ["قواعد البيانات", "الخوارزميات"], StartDate = new ResumeDocumentDate(2010), EndDate = new ResumeDocumentDate(2014),
                },
            ]),
            new(ResumeSectionKinds.Skills, "Skills", [new() { Name = "سي شارب", Level = "خبيرة", Keywords = ["ASP.NET Core", "قواعد بيانات"] }]),
            new(ResumeSectionKinds.Projects, "Projects",
            [
                new()
                {
                    Name = "منصة التوظيف", Description = "منصة مفتوحة المصدر.", Url = "https://github.com/layla/jobs",
                    Entity = "مشروع شخصي", Type = "تطبيق", Roles = ["مؤسسة"], Keywords = ["ويب"],
                    StartDate = new ResumeDocumentDate(2019, 6), EndDate = new ResumeDocumentDate(2021, 2), Bullets = ["ألف مستخدم نشط"],
                },
            ]),
            new(ResumeSectionKinds.Certifications, "Certifications",
                [new() { Name = "شهادة إدارة كوبرنيتس", Issuer = "CNCF", Date = new ResumeDocumentDate(2022, 5), Url = "https://cncf.io/cka" }]),
            new(ResumeSectionKinds.Languages, "Languages", [new() { Name = "العربية", Proficiency = "اللغة الأم" }]),
            new(ResumeSectionKinds.Links, "Links", [new() { Label = "المدونة", Url = "https://layla.example/blog" }]),
            new(ResumeSectionKinds.Volunteer, "Volunteering",
            [
                new()
                {
                    Organization = "جمعية البرمجة", Role = "مدربة", Url = "https://code.example", Summary = "تعليم الأطفال البرمجة.",
                    StartDate = new ResumeDocumentDate(2018, 9), Bullets = ["جلسات أسبوعية"],
                },
            ]),
            new(ResumeSectionKinds.Awards, "Awards",
                [new() { Name = "مهندسة العام", Issuer = "شركة أكمي", Date = new ResumeDocumentDate(2022, 11), Summary = "لخط التصدير." }]),
            new(ResumeSectionKinds.Publications, "Publications",
            [
                new()
                {
                    Name = "خطوط بيانات مملة", Publisher = "مجلة التقنية", Date = new ResumeDocumentDate(2021, 4, 12), Url = "https://tech.example/a",
                    Summary = "لماذا تتفوق المستهلكات المتكررة.",
                },
            ]),
            new(ResumeSectionKinds.Interests, "Interests", [new() { Name = "ركوب الدراجات", Keywords = ["رحلات"] }]),
            new(ResumeSectionKinds.References, "References", [new() { Name = "أحمد علي", Text = "ليلى مهندسة ممتازة." }]),
            new(ResumeSectionKinds.Custom, "محاضرات", [new() { Text = "محاضرة عن الأنظمة الموزعة", Bullets = ["مؤتمر الرياض للتقنية"] }]),
        ])
    {
        Language = Arabic,
        Headline = "مهندسة أنظمة خلفية",
        Phone = "+966 11 123 4567",
        Location = "الرياض، السعودية",
        Website = "https://layla.example",
        Profiles = [new("GitHub", "layla", "https://github.com/layla")],
    };

    private static ResumeDocument JapaneseResume() => new(
        "バックエンドエンジニア",
        "山田 花子",
        "hanako@example.jp",
        [
            new(ResumeSectionKinds.Summary, "Summary", [new() { Text = "信頼性の高いシステムを構築して十年のエンジニアです。" }]),
            new(ResumeSectionKinds.Experience, "",
            [
                new()
                {
                    Role = "シニアエンジニア", Company = "株式会社アクメ", Location = "東京都", Url = "https://acme.example/jp",
                    Description = "物流ソフトウェア企業", Summary = "受注データの出力基盤を担当。",
                    StartDate = new ResumeDocumentDate(2020, 4), Bullets = ["応答時間を四割短縮", "六名のチームを率いた"],
                },
            ]),
            new(ResumeSectionKinds.Education, "Education",
            [
                new()
                {
                    Institution = "東京大学", Degree = "修士", Field = "情報理工学", Url = "https://u-tokyo.example", Score = "優",
                    Courses = ["データベース論", "分散システム"], StartDate = new ResumeDocumentDate(2012, 4), EndDate = new ResumeDocumentDate(2014, 3),
                },
            ]),
            new(ResumeSectionKinds.Skills, "Skills", [new() { Name = "C#", Level = "上級", Keywords = ["ASP.NET Core"] }]),
            new(ResumeSectionKinds.Projects, "Projects",
            [
                new()
                {
                    Name = "求人検索エンジン", Description = "オープンソースの検索基盤。", Url = "https://github.com/hanako/search",
                    Entity = "個人", Type = "アプリケーション", Roles = ["開発者"], Keywords = ["検索"],
                    StartDate = new ResumeDocumentDate(2019, 6), EndDate = new ResumeDocumentDate(2021, 2), Bullets = ["月間一万人が利用"],
                },
            ]),
            new(ResumeSectionKinds.Certifications, "Certifications",
                [new() { Name = "応用情報技術者", Issuer = "IPA", Date = new ResumeDocumentDate(2015, 12), Url = "https://ipa.example" }]),
            new(ResumeSectionKinds.Languages, "Languages", [new() { Name = "日本語", Proficiency = "母語" }]),
            new(ResumeSectionKinds.Links, "Links", [new() { Label = "ブログ", Url = "https://hanako.example/blog" }]),
            new(ResumeSectionKinds.Volunteer, "Volunteering",
            [
                new()
                {
                    Organization = "子どもプログラミング教室", Role = "講師", Url = "https://kids.example", Summary = "小学生に教える。",
                    StartDate = new ResumeDocumentDate(2018), Bullets = ["毎週の教室"],
                },
            ]),
            new(ResumeSectionKinds.Awards, "Awards",
                [new() { Name = "社長賞", Issuer = "株式会社アクメ", Date = new ResumeDocumentDate(2022, 11), Summary = "出力基盤の刷新に対して。" }]),
            new(ResumeSectionKinds.Publications, "Publications",
            [
                new()
                {
                    Name = "退屈なパイプライン", Publisher = "技術評論", Date = new ResumeDocumentDate(2021, 4, 12), Url = "https://gihyo.example/a",
                    Summary = "冪等な処理の勧め。",
                },
            ]),
            new(ResumeSectionKinds.Interests, "Interests", [new() { Name = "自転車", Keywords = ["ツーリング"] }]),
            new(ResumeSectionKinds.References, "References", [new() { Name = "佐藤 一郎", Text = "信頼できるエンジニアです。" }]),
            new(ResumeSectionKinds.Custom, "登壇", [new() { Text = "分散システムの講演", Bullets = ["技術カンファレンス 2023"] }]),
        ])
    {
        Language = Japanese,
        Headline = "バックエンドエンジニア",
        Phone = "03-1234-5678",
        Location = "東京都渋谷区",
        Website = "https://hanako.example",
        Profiles = [new("GitHub", "hanako", "https://github.com/hanako")],
    };
}
