using ResumeExport.Domain.Resumes;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// A one-page resume written in one script: bold (name, roles), italic (descriptions) and regular text, in the words a
/// real resume in that language would use. <see cref="Phrase"/> is a run of text the PDF must give back unchanged; <see cref="Face"/> is part of the font names that
/// print the script.
/// </summary>
internal sealed record ScriptSample(
    string Script, string Language, string Face, string Name, string Label, string Role, string Company, string Phrase, string Description, string[] Skills)
{
    public static readonly ScriptSample[] All =
    [
        new("Latin", "en", "Noto", "Zoë Fischer", "Staff Software Engineer", "Senior Engineer", "Office Flow GmbH",
            "Moved the office workflow to a fine, reliable pipeline", "Offline-first field service app",
            ["C#", "PostgreSQL", "Kubernetes"]),
        new("Cyrillic", "ru", "Noto", "Анна Кузнецова", "Ведущий инженер-программист", "Старший инженер", "Яндекс",
            "Перевела документооборот на надёжный конвейер", "Открытая библиотека очередей", ["Го", "Постгрес", "Кубернетес"]),
        new("Greek", "el", "Noto", "Ελένη Παπαδοπούλου", "Μηχανικός λογισμικού", "Ανώτερη μηχανικός", "Εθνική Τράπεζα",
            "Σχεδίασε αξιόπιστες υπηρεσίες πληρωμών", "Βιβλιοθήκη ανοιχτού κώδικα", ["Δίκτυα", "Βάσεις δεδομένων", "Ασφάλεια"]),
        new("Arabic", "ar", "Arabic", "ليلى حداد", "مهندسة برمجيات أولى", "مهندسة برمجيات", "شركة الاتصالات",
            "قادت إعادة تصميم خدمة الدفع", "مكتبة مفتوحة المصدر", ["قواعد البيانات", "الحوسبة السحابية", "الأمن"]),
        new("Hebrew", "he", "Hebrew", "נועה לוי", "מהנדסת תוכנה בכירה", "מהנדסת תוכנה", "בנק הפועלים",
            "הובילה את תכנון מערכת התשלומים", "ספרייה בקוד פתוח", ["מסדי נתונים", "ענן", "אבטחה"]),
        new("Devanagari", "hi", "Devanagari", "प्रिया शर्मा", "वरिष्ठ सॉफ़्टवेयर इंजीनियर", "सॉफ़्टवेयर इंजीनियर", "इन्फ़ोसिस",
            "भुगतान सेवा का नया डिज़ाइन तैयार किया", "मुक्त स्रोत लाइब्रेरी", ["डेटाबेस", "क्लाउड", "सुरक्षा"]),
        new("Chinese (simplified)", "zh-CN", "WenKai", "张伟", "高级软件工程师", "软件工程师", "阿里巴巴",
            "主导订单导出系统的重新设计", "开源的消息队列库", ["数据库", "云计算", "安全"]),
        new("Chinese (traditional)", "zh-TW", "WenKai", "陳美玲", "資深軟體工程師", "軟體工程師", "台積電",
            "主導訂單匯出系統的重新設計", "開源的訊息佇列函式庫", ["資料庫", "雲端運算", "資訊安全"]),
        new("Japanese", "ja", "MigMix", "佐藤花子", "シニアソフトウェアエンジニア", "ソフトウェアエンジニア", "株式会社メルカリ",
            "注文エクスポート基盤の再設計を主導", "オープンソースのキューライブラリ", ["データベース", "クラウド", "セキュリティ"]),
        new("Korean", "ko", "Nanum", "김지은", "선임 소프트웨어 엔지니어", "소프트웨어 엔지니어", "네이버",
            "주문 내보내기 시스템 재설계를 주도", "오픈 소스 메시지 큐 라이브러리", ["데이터베이스", "클라우드", "보안"]),
    ];

    /// <summary>Whether the script has italic faces of its own (the others print slanted regular, as their typography does).</summary>
    public bool HasItalics => Face == "Noto";

    public bool IsRightToLeft => Language is "ar" or "he";

    public static ScriptSample Named(string script) => All.Single(sample => sample.Script == script);

    public override string ToString() => Script;

    public Resume Resume(string templateKey)
    {
        var resume = RenderingSamples.Create(templateKey, Label,
            new ResumeSection(SectionKind.Summary, Label, [new SectionItem { Text = $"{Phrase}. {Description}." }]),
            new ResumeSection(SectionKind.Experience, Role,
            [
                Job(new DateOnly(2021, 3, 1), null),
                Job(new DateOnly(2017, 9, 1), new DateOnly(2021, 2, 28)),
            ]),
            new ResumeSection(SectionKind.Projects, Description,
                [new SectionItem { Name = Company, Description = Description, Url = "https://example.com/project", Bullets = [Phrase] }]),
            new ResumeSection(SectionKind.Skills, Skills[0], [.. Skills.Select(skill => new SectionItem { Name = skill, Level = Skills[^1] })]),
            new ResumeSection(SectionKind.Links, Company, [new SectionItem { Label = Company, Url = "https://example.com/profile" }]));
        resume.Update(resume.Title, templateKey, resume.Sections, DateTimeOffset.UtcNow,
            new ResumeBasics { Name = Name, Label = Label, Email = "someone@example.com", Url = "https://example.com" }, Language);
        return resume;
    }

    private SectionItem Job(DateOnly start, DateOnly? end) => new()
    {
        Role = Role,
        Company = Company,
        Description = Description,
        StartDate = start,
        EndDate = end,
        Bullets = [Phrase, Description, string.Join(", ", Skills)],
    };
}
