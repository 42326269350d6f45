namespace ResumeExport.Templates.Tests;

/// <summary>Every field of JSON Resume that an item holds is printed where a reader expects it, in every template.</summary>
public sealed class EveryFieldPrintingTests
{
    private static IEnumerable<string> TemplateKeys => ResumeTemplates.Keys;

    [TestCaseSource(nameof(TemplateKeys))]
    public void Experience_prints_the_company_link_its_description_and_the_summary_above_the_bullets(string key)
    {
        var html = Render(key);

        var item = Item(html, "Staff Engineer");
        Assert.Multiple(() =>
        {
            Assert.That(item, Does.Contain("<p class=\"item-url\"><bdi><a class=\"url\" href=\"https://acme.example.com/\">acme.example.com</a></bdi></p>"));
            Assert.That(item, Does.Contain("<p class=\"item-description\"><bdi>Industrial automation, 900 people.</bdi></p>"));
            Assert.That(item, Does.Contain("<p class=\"item-text\"><bdi>Owns the platform team&#39;s roadmap.</bdi></p><ul class=\"bullets\"><li><bdi>Cut p99 latency"));
            Assert.That(item.IndexOf("item-description", StringComparison.Ordinal), Is.LessThan(item.IndexOf("item-text", StringComparison.Ordinal)));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Education_prints_the_score_the_courses_as_a_list_and_the_link(string key)
    {
        var item = Item(Render(key), "MSc, Informatics");

        Assert.Multiple(() =>
        {
            Assert.That(item, Does.Contain("<p class=\"item-subtitle\"><bdi>TU M&#252;nchen &#183; 1.3</bdi></p>"));
            Assert.That(item, Does.Contain("<ul class=\"bullets courses\"><li><bdi>Compilers</bdi></li><li><bdi>Distributed Systems</bdi></li></ul>"));
            Assert.That(item, Does.Contain("href=\"https://www.tum.de/\">tum.de</a>"));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Projects_print_dates_roles_entity_type_keywords_link_and_highlights(string key)
    {
        var item = Item(Render(key), "pdf-kit");

        Assert.Multiple(() =>
        {
            Assert.That(item, Does.Contain("<span class=\"item-dates\">2018 \u2013 Jun 2021</span>"));
            Assert.That(item, Does.Contain("<p class=\"item-subtitle\"><bdi>Maintainer, Author &#183; Open Source Lab &#183; library</bdi></p>"));
            Assert.That(item, Does.Contain("<p class=\"item-keywords\"><bdi>PDF, Rust</bdi></p>"));
            Assert.That(item, Does.Contain("href=\"https://github.com/jane/pdf-kit\">github.com/jane/pdf-kit</a>"));
            Assert.That(item, Does.Contain("<li><bdi>2k stars</bdi></li>"));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Certifications_print_issuer_date_and_link(string key)
    {
        var item = Item(Render(key), "CKA");

        Assert.That(item, Does.Contain("CNCF").And.Contain("<span class=\"item-dates\">May 2022</span>").And.Contain("href=\"https://cncf.io/cka\""));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Volunteering_prints_as_its_own_section_with_every_field(string key)
    {
        var html = Render(key);

        var section = Section(html, "volunteer");
        Assert.Multiple(() =>
        {
            Assert.That(section, Does.Contain("<h2 class=\"section-title\"><bdi>Volunteering</bdi></h2>"));
            Assert.That(section, Does.Contain("<h3 class=\"item-title\"><bdi>Driver</bdi></h3><p class=\"item-subtitle\"><bdi>Tafel Berlin</bdi></p>"));
            Assert.That(section, Does.Contain("<span class=\"item-dates\">Apr 2017 \u2013 2018</span>"));
            Assert.That(section, Does.Contain("href=\"https://tafel.example.org/\""));
            Assert.That(section, Does.Contain("<p class=\"item-text\"><bdi>Collected food from shops.</bdi></p><ul class=\"bullets\"><li><bdi>Two routes a week</bdi></li>"));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Awards_print_title_awarder_year_and_summary(string key)
    {
        var section = Section(Render(key), "awards");

        Assert.Multiple(() =>
        {
            Assert.That(section, Does.Contain("<h2 class=\"section-title\"><bdi>Awards</bdi></h2>"));
            Assert.That(section, Does.Contain("<h3 class=\"item-title\"><bdi>Engineer of the Year</bdi></h3><p class=\"item-subtitle\"><bdi>Acme GmbH</bdi></p>"));
            Assert.That(section, Does.Contain("<span class=\"item-dates\">2021</span>"));
            Assert.That(section, Does.Contain("<p class=\"item-text\"><bdi>For the latency work.</bdi></p>"));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Publications_print_name_publisher_date_link_and_summary(string key)
    {
        var section = Section(Render(key), "publications");

        Assert.Multiple(() =>
        {
            Assert.That(section, Does.Contain("<h2 class=\"section-title\"><bdi>Publications</bdi></h2>"));
            Assert.That(section, Does.Contain("<h3 class=\"item-title\"><bdi>Tail latency in practice</bdi></h3><p class=\"item-subtitle\"><bdi>USENIX ;login:</bdi></p>"));
            Assert.That(section, Does.Contain("<span class=\"item-dates\">Sep 2022</span>"));
            Assert.That(section, Does.Contain("href=\"https://usenix.example.org/tail\""));
            Assert.That(section, Does.Contain("<p class=\"item-text\"><bdi>Where the 99th percentile comes from.</bdi></p>"));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void Interests_print_as_tags_with_their_keywords(string key)
    {
        var section = Section(Render(key), "interests");

        Assert.That(section, Does.Contain(
            "<li class=\"tag\"><bdi class=\"tag-name\">Climbing</bdi><bdi class=\"tag-detail\"><span class=\"tag-keywords\">Bouldering, Alpine</span></bdi></li>"));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void References_print_the_quote_then_who_gave_it(string key)
    {
        var section = Section(Render(key), "references");

        Assert.That(section, Does.Contain(
            "<blockquote class=\"item-quote\"><p class=\"item-text\"><bdi>Jane made our platform boring, in the best way.</bdi></p></blockquote>"
            + "<p class=\"item-subtitle\">\u2014 <bdi>Max Muster</bdi></p>"));
    }

    [TestCase("de", "Ehrenamt", "Auszeichnungen", "Publikationen", "Interessen", "Referenzen")]
    [TestCase("fr", "Bénévolat", "Distinctions", "Publications", "Centres d’intérêt", "Références")]
    [TestCase("es", "Voluntariado", "Premios", "Publicaciones", "Intereses", "Referencias")]
    [TestCase("pt", "Voluntariado", "Distinções", "Publicações", "Interesses", "Referências")]
    [TestCase("ar", "العمل التطوعي", "الجوائز", "المنشورات", "الاهتمامات", "المراجع")]
    [TestCase("he", "התנדבות", "פרסים", "פרסומים", "תחומי עניין", "ממליצים")]
    [TestCase("ja", "ボランティア活動", "受賞歴", "著作・論文", "興味・関心", "推薦者")]
    [TestCase("zh", "志愿者经历", "获奖情况", "出版物", "兴趣爱好", "推荐人")]
    [TestCase("zh-Hant", "志工經歷", "獲獎紀錄", "出版著作", "興趣", "推薦人")]
    [TestCase("ko", "봉사 활동", "수상 경력", "출판물", "관심사", "추천인")]
    [TestCase("ru", "Волонтёрство", "Награды", "Публикации", "Интересы", "Рекомендации")]
    [TestCase("tr", "Gönüllü Çalışmalar", "Ödüller", "Yayınlar", "İlgi Alanları", "Referanslar")]
    public void The_new_sections_default_titles_print_in_the_resumes_language(string language, params string[] titles)
    {
        Assert.Multiple(() =>
        {
            foreach (var key in ResumeTemplates.Keys)
            {
                var html = ResumeTemplates.Render(key, SampleDocuments.WithEveryKind() with { Language = language }, TemplatePageSize.A4);
                foreach (var title in titles)
                {
                    Assert.That(html, Does.Contain($"<h2 class=\"section-title\"><bdi>{System.Net.WebUtility.HtmlEncode(title)}</bdi></h2>"), $"{key}: {title}");
                }
            }
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void A_date_given_as_a_year_prints_as_the_year(string key)
    {
        var document = SampleDocuments.WithEveryKind() with
        {
            Sections = [new(ResumeSectionKinds.Experience, "Experience",
                [new() { Company = "Acme", Role = "Dev", StartDate = new ResumeDocumentDate(2014), EndDate = new ResumeDocumentDate(2016) }])],
        };

        var html = ResumeTemplates.Render(key, document, TemplatePageSize.A4);

        Assert.That(html, Does.Contain("<span class=\"item-dates\">2014 \u2013 2016</span>"));
    }

    private static string Render(string key) => ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.A4);

    /// <summary>The markup of the item whose head contains <paramref name="marker"/>.</summary>
    private static string Item(string html, string marker)
    {
        var at = html.IndexOf(System.Net.WebUtility.HtmlEncode(marker), StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"{marker} is printed");
        var start = html.LastIndexOf("<article", at, StringComparison.Ordinal);
        return html[start..(html.IndexOf("</article>", at, StringComparison.Ordinal) + "</article>".Length)];
    }

    private static string Section(string html, string kind)
    {
        var start = html.IndexOf($"<section class=\"section kind-{kind}\">", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"a {kind} section is printed");
        return html[start..(html.IndexOf("</section>", start, StringComparison.Ordinal) + "</section>".Length)];
    }
}
