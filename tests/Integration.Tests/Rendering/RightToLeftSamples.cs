using ResumeExport.Domain.Resumes;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// One one-page resume told in English, Arabic and Hebrew with the same structure (header, summary, two jobs with
/// bullets and dates, a degree, four skills), so each right-to-left print can be laid against its left-to-right twin.
/// </summary>
internal static class RightToLeftSamples
{
    /// <summary>The Arabic summary, as typed: its words must come out of the PDF in this order.</summary>
    public const string ArabicSummary = "مهندسة برمجيات تبني أنظمة موثوقة وقابلة للمراقبة لخدمات الدفع";

    public const string HebrewSummary = "מהנדסת תוכנה שבונה מערכות אמינות לשירותי תשלומים";

    /// <summary>An Arabic bullet ending on an English name, inside the English resume (<see cref="EnglishWithArabicBullet"/>).</summary>
    public const string ArabicBullet = "قادت فريقا من ستة مهندسين في Careem";

    public static readonly Story English = new(
        "en", "Layla Haddad", "Senior software engineer", "Dubai", "AE",
        "Software engineer who builds reliable and observable systems for payments",
        ("Senior software engineer", "Careem", "Dubai", ["Led the migration of the payments ledger to PostgreSQL", "Cut the time to recover from incidents by half"]),
        ("Software engineer", "Aramex", "Amman", ["Built the shipment tracking service used by millions of customers"]),
        ("Bachelor", "Computer Science", "University of Jordan"),
        ["Databases", "Cloud computing", "Programming", LatinSkill],
        ["Summary", "Experience", "Education", "Skills"],
        "Mar 2021 – Present");

    public static readonly Story Arabic = new(
        "ar", "ليلى حداد", "مهندسة برمجيات أولى", "دبي", "AE",
        ArabicSummary,
        ("مهندسة برمجيات أولى", "كريم", "دبي", ["قادت نقل دفتر المدفوعات إلى قاعدة بيانات جديدة", "خفضت وقت التعافي من الأعطال إلى النصف"]),
        ("مهندسة برمجيات", "أرامكس", "عمان", ["بنت خدمة تتبع الشحنات التي يستخدمها ملايين العملاء"]),
        ("بكالوريوس", "علوم الحاسوب", "الجامعة الأردنية"),
        ["قواعد البيانات", "الحوسبة السحابية", "البرمجة", LatinSkill],
        ["نبذة", "الخبرة العملية", "التعليم", "المهارات"],
        "مارس 2021 – حتى الآن");

    public static readonly Story Hebrew = new(
        "he", "נועה כהן", "מהנדסת תוכנה בכירה", "תל אביב", "IL",
        HebrewSummary,
        ("מהנדסת תוכנה בכירה", "וויקס", "תל אביב", ["הובילה את העברת מערכת התשלומים לענן", "קיצרה בחצי את זמן ההתאוששות מתקלות"]),
        ("מהנדסת תוכנה", "צ'ק פוינט", "רמת גן", ["בנתה שירות מעקב משלוחים שמשמש מיליוני לקוחות"]),
        ("תואר ראשון", "מדעי המחשב", "אוניברסיטת תל אביב"),
        ["מסדי נתונים", "מחשוב ענן", "תכנות", LatinSkill],
        ["תקציר", "ניסיון תעסוקתי", "השכלה", "כישורים"],
        "מרץ 2021 – היום");

    /// <summary>A Latin skill ending on neutral signs, in every story: on a right-to-left page it must still read "C++", not "++C".</summary>
    public const string LatinSkill = "C++";

    public const string Email = "layla.haddad@example.com";

    public const string Phone = "+971 4 123 4567";

    public static Resume Resume(string templateKey, Story story) => Build(templateKey, story, extraBullet: null);

    /// <summary>The English resume with <see cref="ArabicBullet"/> as the first job's last bullet.</summary>
    public static Resume EnglishWithArabicBullet(string templateKey) => Build(templateKey, English, ArabicBullet);

    private static Resume Build(string templateKey, Story story, string? extraBullet)
    {
        var (role1, company1, place1, bullets1) = story.Job1;
        var (role2, company2, place2, bullets2) = story.Job2;
        var basics = new ResumeBasics
        {
            Name = story.Name,
            Label = story.Label,
            Email = Email,
            Phone = Phone,
            Location = new ResumeLocation(story.City, null, story.CountryCode),
            Profiles = [new ResumeProfile("GitHub", "laylah", "https://github.com/laylah")],
        };
        return ResumeExport.Domain.Resumes.Resume.Create(
            Guid.NewGuid(),
            story.Label,
            templateKey,
            [
                new ResumeSection(SectionKind.Summary, "Summary", [new SectionItem { Text = story.Summary }]),
                new ResumeSection(SectionKind.Experience, "Experience",
                [
                    new SectionItem
                    {
                        Role = role1, Company = company1, Location = place1, StartDate = new DateOnly(2021, 3, 1),
                        Bullets = extraBullet is null ? bullets1 : [.. bullets1, extraBullet],
                    },
                    new SectionItem
                    {
                        Role = role2, Company = company2, Location = place2, StartDate = new DateOnly(2017, 9, 1),
                        EndDate = new DateOnly(2021, 2, 28), Bullets = bullets2,
                    },
                ]),
                new ResumeSection(SectionKind.Education, "Education",
                [
                    new SectionItem
                    {
                        Degree = story.Degree.Degree, Field = story.Degree.Field, Institution = story.Degree.Institution,
                        StartDate = new DateOnly(2013, 9, 1), EndDate = new DateOnly(2017, 6, 30),
                    },
                ]),
                new ResumeSection(SectionKind.Skills, "Skills", [.. story.Skills.Select(skill => new SectionItem { Name = skill })]),
            ],
            isDefault: true,
            DateTimeOffset.UtcNow,
            basics,
            story.Language);
    }

    /// <summary>What one resume says, in one language, and what it prints: its section headings and the first job's dates.</summary>
    internal sealed record Story(
        string Language,
        string Name,
        string Label,
        string City,
        string CountryCode,
        string Summary,
        (string Role, string Company, string Place, string[] Bullets) Job1,
        (string Role, string Company, string Place, string[] Bullets) Job2,
        (string Degree, string Field, string Institution) Degree,
        string[] Skills,
        string[] Headings,
        string FirstJobDates)
    {
        public bool IsRightToLeft => Language is "ar" or "he";

        public string Location => $"{City}, {CountryCode}";
    }
}
