using ResumeExport.Adapters.Rendering;
using ResumeExport.Domain.Resumes;
using ResumeExport.Templates;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Tokens;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// What an applicant tracking system reads (issue 16 item 5), on the real Chromium: text extraction follows the order the
/// design means, headings, dates and contact details come out whole, and the PDF declares its language and carries its
/// structure tree. The order, by template (also in docs/templates.md):
/// classic and modern (one column): header (name, headline, contact line, profiles), then the sections in the resume's order;
/// compact (two columns): header, then the wide column (summary, experience, projects, custom sections), then the narrow
/// one (skills, education, certifications, languages, links), each column in the resume's order; mashriq (sidebar and
/// wide column): header and the sidebar (education, skills, languages, links) first, then the wide column. The structure tree
/// has this order on every page; plain text extraction has it page by page.
/// </summary>
public sealed class AtsReadingOrderTests
{
    private const string Email = "juergen@example.com";
    private const string Phone = "+49 30 1234567";
    private ChromiumBrowserPool _pool = null!;
    private ChromiumResumePdfRenderer _renderer = null!;

    private static IEnumerable<string> TemplateKeys => ResumeTemplates.Keys;

    [OneTimeSetUp]
    public void StartBrowserPool() => (_pool, _renderer) = ChromiumRendererFactory.Create();

    [OneTimeTearDown]
    public async Task StopBrowserPoolAsync() => await _pool.DisposeAsync();

    [TestCaseSource(nameof(TemplateKeys))]
    public async Task The_pdf_declares_its_language_and_carries_its_structure_tree(string templateKey)
    {
        using var pdf = await RenderAsync(templateKey, language: "de-DE");

        Assert.That(PdfLayout.Catalog(pdf, "Lang"), Is.TypeOf<StringToken>().With.Property(nameof(StringToken.Data)).EqualTo("de-DE"));
        Assert.That(PdfLayout.Catalog(pdf, "StructTreeRoot"), Is.TypeOf<DictionaryToken>());
        var markInfo = (DictionaryToken)PdfLayout.Catalog(pdf, "MarkInfo")!;
        Assert.That(markInfo.Data["Marked"], Is.TypeOf<BooleanToken>().With.Property(nameof(BooleanToken.Data)).True);
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public async Task Without_a_language_the_pdf_declares_english(string templateKey)
    {
        using var pdf = await RenderAsync(templateKey, language: null);

        Assert.That(((StringToken)PdfLayout.Catalog(pdf, "Lang")!).Data, Is.EqualTo("en"));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public async Task Text_extraction_reads_the_header_then_the_sections_in_the_designed_order(string templateKey)
    {
        using var pdf = await RenderAsync(templateKey, "en");

        var pages = pdf.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)).ToArray();
        var text = string.Join("\n", pages);
        AssertInOrder(text, [RenderingSamples.OwnerName, "Staff Software Engineer", Email, Phone, "Berlin, DE", "jmueller.dev", "GitHub:", "Profile"]);
        if (templateKey is not ("compact" or "mashriq"))
        {
            AssertInOrder(text, SectionTitlesInReadingOrder(templateKey));
            return;
        }

        // Two columns: each column in its order; on every page the first column's part comes before the second one's
        // (compact: the wide column, then the narrow one; mashriq: the sidebar, then the wide column).
        var (first, second) = templateKey == "compact" ? (MainColumn, SideColumn) : (MashriqSidebar, MashriqMainColumn);
        AssertInOrder(text, first);
        AssertInOrder(text, second);
        foreach (var page in pages)
        {
            var lastOfFirst = first.Max(title => page.LastIndexOf(title, StringComparison.OrdinalIgnoreCase));
            var firstOfSecond = second.Select(title => page.IndexOf(title, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min();
            Assert.That(lastOfFirst, Is.LessThan(firstOfSecond), $"first column before second column on:{Environment.NewLine}{page}");
        }
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public async Task The_structure_tree_tags_the_name_and_the_section_headings_in_the_designed_order(string templateKey)
    {
        using var pdf = await RenderAsync(templateKey, "en");

        var elements = PdfLayout.StructureElements(pdf);
        Assert.That(elements.Where(e => e.Type == "H1").Select(e => e.Text), Is.EqualTo(new[] { RenderingSamples.OwnerName }));
        Assert.That(elements.Where(e => e.Type == "H2").Select(e => e.Text.ToUpperInvariant()),
            Is.EqualTo(SectionTitlesInReadingOrder(templateKey).Select(t => t.ToUpperInvariant())));
        Assert.That(elements.Select(e => e.Type), Does.Contain("H3").And.Contain("L").And.Contain("LI"));
    }

    /// <summary>
    /// Chromium (headless shell 156) tags a list item as LI holding its content as NonStruct (and a link as Link), never
    /// LBody (decision 28), with a Lbl for the marker where the design draws its bullets as list markers (classic, compact;
    /// the others draw them with ::before, which is content): this pins what it does produce, so a Chromium that starts
    /// writing LBody, or a design that loses its markers, shows up here.
    /// </summary>
    [TestCaseSource(nameof(TemplateKeys))]
    public async Task Every_list_item_is_an_li_with_its_content_as_chromiums_nonstruct_and_a_lbl_where_the_design_has_markers(string templateKey)
    {
        using var pdf = await RenderAsync(templateKey, "en");

        var items = PdfLayout.ChildTypes(pdf, "LI");
        Assert.That(items, Is.Not.Empty);
        Assert.That(items, Has.All.Matches<IReadOnlyList<string>>(kids => kids.Count > 0 && kids.All(k => k is "Lbl" or "NonStruct" or "LBody" or "Link")),
            string.Join("; ", items.Select(kids => string.Join(",", kids))));
        if (templateKey is "classic" or "compact")
        {
            Assert.That(items.SelectMany(kids => kids), Does.Contain("Lbl"), "bulleted items carry their marker as Lbl");
        }
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public async Task Headings_dates_and_contact_details_come_out_intact(string templateKey)
    {
        using var pdf = await RenderAsync(templateKey, "en");

        var text = string.Join("\n", pdf.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
        Assert.Multiple(() =>
        {
            foreach (var whole in new[] { Email, Phone, "Berlin, DE", "Mar 2021 \u2013 Present", "Sep 2017 \u2013 Feb 2021", "May 2022", "Certified Kubernetes Administrator" })
            {
                Assert.That(text, Does.Contain(whole), whole);
            }

            foreach (var heading in SectionTitlesInReadingOrder(templateKey))
            {
                Assert.That(text, Does.Contain(heading).IgnoreCase, heading);
            }

            Assert.That(text.Where(c => c is >= '\uFB00' and <= '\uFB06'), Is.Empty, "no ligature glyphs: 'first' must not come out as '\uFB01rst'");
        });
    }

    private static readonly string[] MainColumn = ["Profile", "Experience", "Projects", "Volunteering"];

    private static readonly string[] SideColumn = ["Education", "Skills", "Certifications", "Languages", "Links"];

    private static readonly string[] MashriqSidebar = ["Education", "Skills", "Languages", "Links"];

    private static readonly string[] MashriqMainColumn = ["Profile", "Experience", "Projects", "Certifications", "Volunteering"];

    /// <summary>The sections of <see cref="RenderingSamples.Rich"/> in the order the template means them to be read.</summary>
    private static string[] SectionTitlesInReadingOrder(string templateKey) => templateKey switch
    {
        "compact" => [.. MainColumn, .. SideColumn],
        "mashriq" => [.. MashriqSidebar, .. MashriqMainColumn],
        _ => ["Profile", "Experience", "Education", "Skills", "Projects", "Certifications", "Languages", "Links", "Volunteering"],
    };

    private static void AssertInOrder(string text, IReadOnlyList<string> parts)
    {
        var positions = parts.Select(part => text.IndexOf(part, StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.That(positions, Has.None.EqualTo(-1), $"every part is found whole in:{Environment.NewLine}{text}");
        Assert.That(positions, Is.Ordered.Ascending, string.Join(" < ", parts));
    }

    private async Task<PdfDocument> RenderAsync(string templateKey, string? language)
    {
        var rich = RenderingSamples.Rich(templateKey);
        var resume = Resume.Create(Guid.NewGuid(), rich.Title, templateKey, rich.Sections, isDefault: true, DateTimeOffset.UtcNow,
            new ResumeBasics
            {
                Name = RenderingSamples.OwnerName,
                Label = "Staff Software Engineer",
                Email = Email,
                Phone = Phone,
                Location = new ResumeLocation("Berlin", null, "DE"),
                Url = "https://jmueller.dev",
                Profiles = [new ResumeProfile("GitHub", "jmueller", "https://github.com/jmueller")],
            },
            language);
        var rendered = await _renderer.RenderAsync(RenderingSamples.Request(resume), CancellationToken.None);
        return PdfDocument.Open(rendered.Content);
    }
}
