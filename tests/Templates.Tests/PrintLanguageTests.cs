using System.Globalization;
using System.Net;

namespace ResumeExport.Templates.Tests;

/// <summary>Dates and the templates' own words follow the resume's language, with English for languages not covered.</summary>
public sealed class PrintLanguageTests
{
    private static IEnumerable<string> TemplateKeys => ResumeTemplates.Keys;

    /// <summary>
    /// Per language, what <see cref="SampleDocuments.WithEveryKind"/> prints: its open range (from 15 Jan 2020), its closed
    /// range (Mar 2016 – Dec 2019), its certification's month (May 2022) and the default titles of experience and skills.
    /// </summary>
    private static IEnumerable<TestCaseData> Languages()
    {
        yield return Case("en", "Jan 2020 – Present", "Mar 2016 – Dec 2019", "May 2022", "Experience", "Skills");
        yield return Case("de", "Jan. 2020 – heute", "März 2016 – Dez. 2019", "Mai 2022", "Berufserfahrung", "Kenntnisse");
        yield return Case("fr", "janv. 2020 – aujourd’hui", "mars 2016 – déc. 2019", "mai 2022", "Expérience professionnelle", "Compétences");
        yield return Case("es", "ene 2020 – actualidad", "mar 2016 – dic 2019", "may 2022", "Experiencia", "Habilidades");
        yield return Case("pt", "jan. 2020 – atual", "mar. 2016 – dez. 2019", "mai. 2022", "Experiência", "Competências");
        yield return Case("ar", "يناير 2020 – حتى الآن", "مارس 2016 – ديسمبر 2019", "مايو 2022", "الخبرة العملية", "المهارات");
        yield return Case("he", "ינו׳ 2020 – היום", "מרץ 2016 – דצמ׳ 2019", "מאי 2022", "ניסיון תעסוקתי", "כישורים");
        yield return Case("ja", "2020年1月 – 現在", "2016年3月 – 2019年12月", "2022年5月", "職歴", "スキル");
        yield return Case("zh", "2020年1月 – 至今", "2016年3月 – 2019年12月", "2022年5月", "工作经历", "技能");
        yield return Case("ko", "2020년 1월 – 현재", "2016년 3월 – 2019년 12월", "2022년 5월", "경력", "기술");
        yield return Case("ru", "янв. 2020 – настоящее время", "март 2016 – дек. 2019", "май 2022", "Опыт работы", "Навыки");
        yield return Case("tr", "Oca 2020 – Günümüz", "Mar 2016 – Ara 2019", "May 2022", "İş Deneyimi", "Yetenekler");
    }

    [TestCaseSource(nameof(Languages))]
    public void Every_template_prints_the_dates_present_and_default_titles_in_the_resumes_language(
        string language, string openRange, string closedRange, string month, string experience, string skills)
    {
        Assert.Multiple(() =>
        {
            foreach (var key in ResumeTemplates.Keys)
            {
                var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind() with { Language = language }, TemplatePageSize.A4);

                Assert.That(html, Does.Contain($"<span class=\"item-dates\">{Encoded(openRange)}</span>"), $"{key}: open range");
                Assert.That(html, Does.Contain($"<span class=\"item-dates\">{Encoded(closedRange)}</span>"), $"{key}: closed range");
                Assert.That(html, Does.Contain($"<span class=\"item-dates\">{Encoded(month)}</span>"), $"{key}: month");
                Assert.That(html, Does.Contain($"<h2 class=\"section-title\"><bdi>{Encoded(experience)}</bdi></h2>"), $"{key}: experience title");
                Assert.That(html, Does.Contain($"<h2 class=\"section-title\"><bdi>{Encoded(skills)}</bdi></h2>"), $"{key}: skills title");
            }
        });
    }

    private static IEnumerable<TestCaseData> LanguagesButEnglish() => Languages().Where(c => (string?)c.Arguments[0] != "en");

    [TestCaseSource(nameof(LanguagesButEnglish))]
    public void Outside_english_no_english_word_of_the_templates_is_left(
        string language, string openRange, string closedRange, string month, string experience, string skills)
    {
        var html = ResumeTemplates.Render("classic", SampleDocuments.WithEveryKind() with { Language = language }, TemplatePageSize.A4);

        foreach (var english in new[] { "Present", "Jan 2020", "Dec 2019", ">Experience<", ">Education<", ">Skills<", ">Summary<" })
        {
            Assert.That(html, Does.Not.Contain(english), $"{language} still prints {english}");
        }
    }

    [TestCase("xx", "Jan 2020 – Present", "Experience")]
    [TestCase("it-IT", "Jan 2020 – Present", "Experience")]
    [TestCase("not a tag <b>", "Jan 2020 – Present", "Experience")]
    [TestCase("", "Jan 2020 – Present", "Experience")]
    [TestCase("pt-BR", "jan. 2020 – atual", "Experiência")]
    [TestCase("pt_PT", "jan. 2020 – atual", "Experiência")]
    [TestCase("DE-ch", "Jan. 2020 – heute", "Berufserfahrung")]
    [TestCase("ar-SA", "يناير 2020 – حتى الآن", "الخبرة العملية")]
    [TestCase("zh-Hans-CN", "2020年1月 – 至今", "工作经历")]
    [TestCase("zh-TW", "2020年1月 – 至今", "工作經歷")]
    [TestCase("zh-Hant", "2020年1月 – 至今", "工作經歷")]
    public void A_language_falls_back_by_its_subtags_then_to_english(string language, string openRange, string experience)
    {
        var html = ResumeTemplates.Render("modern", SampleDocuments.WithEveryKind() with { Language = language }, TemplatePageSize.A4);

        Assert.That(html, Does.Contain(Encoded(openRange)));
        Assert.That(html, Does.Contain($"<h2 class=\"section-title\"><bdi>{Encoded(experience)}</bdi></h2>"));
    }

    [Test]
    public void Without_a_language_the_resume_prints_in_english()
    {
        var html = ResumeTemplates.Render("compact", SampleDocuments.WithEveryKind() with { Language = null }, TemplatePageSize.A4);

        Assert.That(html, Does.Contain("Jan 2020 \u2013 Present").And.Contain(">Experience</bdi></h2>"));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void A_title_of_the_users_own_is_printed_as_written_in_any_language(string key)
    {
        var document = SampleDocuments.WithEveryKind() with { Language = "de" };
        document = document with
        {
            Sections = [.. document.Sections.Select(s => s.Kind == ResumeSectionKinds.Experience ? s with { Title = "Stationen" } : s)],
        };

        var html = ResumeTemplates.Render(key, document, TemplatePageSize.A4);

        Assert.That(html, Does.Contain(">Stationen</bdi></h2>").And.Not.Contain(">Berufserfahrung</bdi></h2>"));
        Assert.That(html, Does.Contain(">Volunteering</bdi></h2>"), "a custom section has no default title to translate");
    }

    [TestCase("experience", "  EXPERIENCE ", "Berufserfahrung")]
    [TestCase("education", "", "Ausbildung")]
    [TestCase("summary", "Summary", "Profil")]
    [TestCase("skills", "skills", "Kenntnisse")]
    public void A_missing_or_english_default_title_is_printed_in_the_resumes_language(string kind, string title, string printed)
    {
        var document = SampleDocuments.WithEveryKind() with { Language = "de" };
        document = document with { Sections = [.. document.Sections.Select(s => s.Kind == kind ? s with { Title = title } : s)] };

        var html = ResumeTemplates.Render("classic", document, TemplatePageSize.A4);

        Assert.That(html, Does.Contain($"<section class=\"section kind-{kind}\"><h2 class=\"section-title\"><bdi>{printed}</bdi></h2>"));
    }

    [Test]
    public void The_printed_words_do_not_depend_on_the_machines_culture()
    {
        var document = SampleDocuments.WithEveryKind() with { Language = "fr" };
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        string underTurkish, underJapanese;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("tr-TR");
            underTurkish = ResumeTemplates.Render("classic", document, TemplatePageSize.A4);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja-JP");
            underJapanese = ResumeTemplates.Render("classic", document, TemplatePageSize.A4);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }

        Assert.That(underTurkish, Is.EqualTo(underJapanese).And.Contain(Encoded("janv. 2020 – aujourd’hui")));
    }

    /// <summary>The process has ICU's culture data: in invariant-globalization mode every language would print "Feb".</summary>
    [Test]
    public void This_process_has_icu_culture_data_rather_than_invariant_globalization()
    {
        Assert.That(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant, Is.False);
        Assert.That(CultureInfo.GetCultureInfo("ja").DateTimeFormat.GetAbbreviatedMonthName(2), Is.Not.EqualTo("Feb").And.Contain("2"));
        Assert.That(CultureInfo.GetCultureInfo("de").DateTimeFormat.GetMonthName(3), Is.EqualTo("März"));
    }

    /// <summary>The markup holds text encoded as everywhere else (é is &amp;#233;).</summary>
    private static string Encoded(string text) => WebUtility.HtmlEncode(text);

    private static TestCaseData Case(string language, string openRange, string closedRange, string month, string experience, string skills) =>
        new TestCaseData(language, openRange, closedRange, month, experience, skills).SetArgDisplayNames(language);
}
