using ResumeExport.Domain.Resumes;

namespace ResumeExport.TestSamples;

/// <summary>
/// One-page resumes written as a native speaker would, in English, Arabic and Japanese: the samples docs/templates.md
/// shows every template with and the English one the templates package ships as each template's preview
/// (deploy/tools/template-pictures.sh prints them). Compiled into Integration.Tests, which prints them, and
/// Application.UnitTests, which checks the shipped previews against the HTML the templates make of them now.
/// </summary>
internal static class TemplatePictureSamples
{
    public static IReadOnlyList<string> PictureLanguages { get; } = ["en", "ar", "ja"];

    /// <summary>The language of the picture the templates package ships as a template's preview.</summary>
    public const string PreviewLanguage = "en";

    public static Resume For(string templateKey, string language) => language switch
    {
        "en" => English(templateKey),
        "ar" => Arabic(templateKey),
        "ja" => Japanese(templateKey),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No picture sample in this language."),
    };

    private static Resume English(string templateKey) => Create(
        templateKey,
        "en",
        new ResumeBasics
        {
            Name = "Amelia Hart",
            Label = "Head of Platform Engineering",
            Email = "amelia.hart@example.com",
            Phone = "+44 20 7946 0958",
            Location = new ResumeLocation("London", null, "GB"),
            Url = "https://ameliahart.dev",
            Profiles = [new ResumeProfile("GitHub", "ahart", "https://github.com/ahart")],
        },
        Summary("Engineering leader with twelve years of building cloud platforms that product teams trust. Grew a team from four to "
            + "twenty-two engineers, cut infrastructure spend by a third and made releases a non-event."),
        Experience(
            Job("Head of Platform Engineering", "Monzo Bank", "London", new DateOnly(2021, 4, 1), null,
                "Leads four platform teams (22 engineers) serving 300 services and 9 million customers",
                "Moved deployments to progressive delivery: 40 releases a day, change failure rate under 2 %",
                "Cut cloud spend by 34 % in one year without slowing a single roadmap"),
            Job("Engineering Manager, Infrastructure", "Deliveroo", "London", new DateOnly(2017, 6, 1), new DateOnly(2021, 3, 31),
                "Built the Kubernetes platform that replaced 1,400 hand-managed hosts",
                "Introduced on-call standards and blameless reviews; pages out of hours fell by 60 %"),
            Job("Senior Software Engineer", "Skyscanner", "Edinburgh", new DateOnly(2013, 9, 1), new DateOnly(2017, 5, 31),
                "Designed the flight-search cache serving 50,000 requests a second")),
        Education(
            Degree("University of Edinburgh", "M.Sc.", "Computer Science", 2012, 2013),
            Degree("University of Leeds", "B.Sc.", "Mathematics", 2009, 2012)),
        Skills(("Kubernetes", "Expert"), ("Go", "Advanced"), ("AWS", "Expert"), ("Terraform", "Advanced"), ("Team leadership", "Expert"),
            ("Incident management", "Expert")),
        Languages(("English", "Native"), ("French", "Professional"), ("Spanish", "Conversational")),
        Certifications(("AWS Certified Solutions Architect – Professional", "Amazon Web Services", new DateOnly(2022, 2, 1))));

    private static Resume Arabic(string templateKey) => Create(
        templateKey,
        "ar",
        new ResumeBasics
        {
            Name = "ليلى حداد",
            Label = "مديرة هندسة البرمجيات",
            Email = "layla.haddad@example.com",
            Phone = "+971 4 555 0147",
            Location = new ResumeLocation("دبي", null, "AE"),
            Url = "https://laylahaddad.dev",
            Profiles = [new ResumeProfile("GitHub", "lhaddad", "https://github.com/lhaddad")],
        },
        Summary("قائدة هندسية بخبرة اثني عشر عامًا في بناء منصات سحابية موثوقة للخدمات المصرفية والتجارة الإلكترونية. "
            + "قادت فرقًا متعددة التخصصات وخفضت تكاليف البنية التحتية بنسبة الثلث."),
        Experience(
            Job("مديرة هندسة المنصات", "بنك الإمارات دبي الوطني", "دبي", new DateOnly(2021, 4, 1), null,
                "تقود أربعة فرق هندسية تضم 22 مهندسًا وتخدم أكثر من 300 خدمة",
                "نقلت عمليات النشر إلى التسليم التدريجي: 40 إصدارًا يوميًا بنسبة إخفاق أقل من 2٪",
                "خفضت الإنفاق السحابي بنسبة 34٪ خلال عام واحد"),
            Job("مديرة هندسة البنية التحتية", "كريم", "دبي", new DateOnly(2017, 6, 1), new DateOnly(2021, 3, 31),
                "بنت منصة Kubernetes التي حلت محل 1400 خادم تُدار يدويًا",
                "أرست معايير المناوبة ومراجعات الحوادث؛ فانخفضت التنبيهات الليلية بنسبة 60٪"),
            Job("مهندسة برمجيات أولى", "أرامكس", "عمّان", new DateOnly(2013, 9, 1), new DateOnly(2017, 5, 31),
                "صممت نظام تتبع الشحنات الذي يعالج مليوني طلب يوميًا")),
        Education(
            Degree("الجامعة الأمريكية في بيروت", "ماجستير", "علوم الحاسوب", 2012, 2013),
            Degree("الجامعة الأردنية", "بكالوريوس", "هندسة الحاسوب", 2008, 2012)),
        Skills(("Kubernetes", "خبيرة"), ("Go", "متقدمة"), ("AWS", "خبيرة"), ("Terraform", "متقدمة"), ("قيادة الفرق", "خبيرة"),
            ("إدارة الحوادث", "خبيرة")),
        Languages(("العربية", "اللغة الأم"), ("الإنجليزية", "بطلاقة"), ("الفرنسية", "متوسطة")),
        Certifications(("AWS Certified Solutions Architect – Professional", "Amazon Web Services", new DateOnly(2022, 2, 1))));

    private static Resume Japanese(string templateKey) => Create(
        templateKey,
        "ja",
        new ResumeBasics
        {
            Name = "山田 花子",
            Label = "プラットフォームエンジニアリング部長",
            Email = "hanako.yamada@example.com",
            Phone = "+81 3 1234 5678",
            Location = new ResumeLocation("東京", null, "JP"),
            Url = "https://hanako.dev",
            Profiles = [new ResumeProfile("GitHub", "hyamada", "https://github.com/hyamada")],
        },
        Summary("クラウド基盤の設計と運用に12年携わり、開発チームが安心して使えるプラットフォームを築いてきました。"
            + "4名のチームを22名の組織へ育て、インフラ費用を3分の1削減しました。"),
        Experience(
            Job("プラットフォームエンジニアリング部長", "株式会社メルカリ", "東京", new DateOnly(2021, 4, 1), null,
                "4つのプラットフォームチーム（22名）を統括し、300以上のサービスを支援",
                "プログレッシブデリバリーを導入し、1日40回のリリースと変更失敗率2％未満を実現",
                "1年間でクラウド費用を34％削減"),
            Job("インフラエンジニアリングマネージャー", "LINEヤフー株式会社", "東京", new DateOnly(2017, 6, 1), new DateOnly(2021, 3, 31),
                "手作業で管理していた1,400台のサーバーをKubernetes基盤へ移行",
                "オンコール体制とポストモーテムを整備し、夜間の呼び出しを60％削減"),
            Job("シニアソフトウェアエンジニア", "楽天グループ株式会社", "東京", new DateOnly(2013, 9, 1), new DateOnly(2017, 5, 31),
                "毎秒5万リクエストを処理する検索キャッシュを設計")),
        Education(
            Degree("東京大学大学院", "修士", "情報理工学", 2011, 2013),
            Degree("京都大学", "学士", "数学", 2007, 2011)),
        Skills(("Kubernetes", "エキスパート"), ("Go", "上級"), ("AWS", "エキスパート"), ("Terraform", "上級"), ("チームマネジメント", "エキスパート"),
            ("障害対応", "エキスパート")),
        Languages(("日本語", "ネイティブ"), ("英語", "ビジネス"), ("中国語", "日常会話")),
        Certifications(("AWS 認定ソリューションアーキテクト – プロフェッショナル", "Amazon Web Services", new DateOnly(2022, 2, 1))));

    // Titles are the English defaults, so each prints as its kind's title in the resume's language.
    private static Resume Create(string templateKey, string language, ResumeBasics basics, params ResumeSection[] sections) =>
        Resume.Create(Guid.NewGuid(), basics.Label!, templateKey, sections, isDefault: true, DateTimeOffset.UtcNow, basics, language);

    private static ResumeSection Summary(string text) => new(SectionKind.Summary, "Summary", [new SectionItem { Text = text }]);

    private static ResumeSection Experience(params SectionItem[] jobs) => new(SectionKind.Experience, "Experience", jobs);

    private static ResumeSection Education(params SectionItem[] degrees) => new(SectionKind.Education, "Education", degrees);

    private static ResumeSection Skills(params (string Name, string Level)[] skills) =>
        new(SectionKind.Skills, "Skills", [.. skills.Select(s => new SectionItem { Name = s.Name, Level = s.Level })]);

    private static ResumeSection Languages(params (string Name, string Proficiency)[] languages) =>
        new(SectionKind.Languages, "Languages", [.. languages.Select(l => new SectionItem { Name = l.Name, Proficiency = l.Proficiency })]);

    private static ResumeSection Certifications(params (string Name, string Issuer, DateOnly Date)[] certifications) =>
        new(SectionKind.Certifications, "Certifications",
            [.. certifications.Select(c => new SectionItem { Name = c.Name, Issuer = c.Issuer, Date = c.Date })]);

    private static SectionItem Job(string role, string company, string location, DateOnly start, DateOnly? end, params string[] bullets) =>
        new() { Role = role, Company = company, Location = location, StartDate = start, EndDate = end, Bullets = bullets };

    private static SectionItem Degree(string institution, string degree, string field, int startYear, int endYear) => new()
    {
        Institution = institution,
        Degree = degree,
        Field = field,
        StartDate = new DateOnly(startYear, 9, 1),
        EndDate = new DateOnly(endYear, 6, 30),
    };
}
