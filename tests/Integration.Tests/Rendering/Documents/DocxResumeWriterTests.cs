using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ResumeExport.Adapters.Rendering.Documents;
using ResumeExport.Templates;
using ResumeExport.Templates.Outline;

namespace ResumeExport.Integration.Tests.Rendering.Documents;

/// <summary>The DOCX of every template × paper × full resume, read back with the Open XML SDK.</summary>
public sealed class DocxResumeWriterTests
{
    private static readonly Lazy<HashSet<string>> InstalledFonts = new(() =>
    {
        using var process = Process.Start(new ProcessStartInfo("fc-list", [":", "family"]) { RedirectStandardOutput = true })!;
        var families = process.StandardOutput.ReadToEnd();
        process.WaitForExit(TimeSpan.FromSeconds(30));
        return [.. families.Split('\n', StringSplitOptions.RemoveEmptyEntries).SelectMany(line => line.Split(',')).Select(f => f.Trim())];
    });

    [TestCaseSource(typeof(DocxCases), nameof(DocxCases.All))]
    public void The_document_is_valid_Open_XML(string template, TemplatePageSize pageSize, string language)
    {
        using var document = DocxReading.Open(DocxCases.Write(template, pageSize, language));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();

        Assert.That(errors.Select(e => $"{e.Path?.XPath}: {e.Description}"), Is.Empty);
    }

    [TestCaseSource(typeof(DocxCases), nameof(DocxCases.All))]
    public void The_page_is_the_requested_paper_with_the_templates_margins(string template, TemplatePageSize pageSize, string language)
    {
        using var document = DocxReading.Open(DocxCases.Write(template, pageSize, language));
        var section = document.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        var box = ResumeTemplates.PageBox(template, pageSize);
        var design = DocxCases.Design(template);
        var left = (uint)Math.Round(Math.Max(box.LeftMarginMm, design.MinimumMarginMm) * 1440 / 25.4);

        Assert.Multiple(() =>
        {
            Assert.That((size.Width!.Value, size.Height!.Value), Is.EqualTo(pageSize switch
            {
                TemplatePageSize.Letter => (12240U, 15840U),
                TemplatePageSize.Legal => (12240U, 20160U),
                _ => (11906U, 16838U),
            }));
            Assert.That(size.Orient, Is.Null, "portrait");
            Assert.That(margin.Left!.Value, Is.EqualTo(left), "the template's left margin (modern: its content's inset)");
            Assert.That(margin.Top!.Value, Is.InRange(Twips(design.MinimumMarginMm), Twips(25)));
            Assert.That(margin.Bottom!.Value, Is.InRange(Twips(design.MinimumMarginMm), Twips(25)));
            Assert.That(margin.Right!.Value, Is.InRange(Twips(design.MinimumMarginMm), Twips(25)));
        });
    }

    [TestCaseSource(typeof(DocxCases), nameof(DocxCases.All))]
    public void Name_headings_item_titles_and_bullets_are_in_Words_own_styles(string template, TemplatePageSize pageSize, string language)
    {
        var outline = FullResumes.Outline(language);
        var sections = DocxReading.SectionsInPrintOrder(outline, DocxCases.Design(template));
        using var document = DocxReading.Open(DocxCases.Write(template, pageSize, language));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.Multiple(() =>
        {
            Assert.That(styles.Keys, Is.SupersetOf(new[] { "Title", "Subtitle", "Heading1", "Heading2", "ListBullet", "Hyperlink" }));
            Assert.That(styles["Heading1"].StyleName!.Val!.Value, Is.EqualTo("heading 1"), "Word's built-in name, so Word treats it as its own");
            Assert.That(styles["Heading2"].StyleName!.Val!.Value, Is.EqualTo("heading 2"));
            Assert.That(styles["ListBullet"].StyleName!.Val!.Value, Is.EqualTo("List Bullet"));
            Assert.That(styles["Hyperlink"].Type!.Value, Is.EqualTo(StyleValues.Character));
            Assert.That(DocxReading.TextsInStyle(document, "Title"), Is.EqualTo(new[] { outline.Name }));
            Assert.That(DocxReading.TextsInStyle(document, "Subtitle"), Is.EqualTo(new[] { outline.Headline }));
            Assert.That(DocxReading.TextsInStyle(document, "Heading1"), Is.EqualTo(sections.Select(s => s.Heading)));
            Assert.That(
                DocxReading.TextsInStyle(document, "Heading2"),
                Is.EqualTo(sections.Where(s => !s.IsList).SelectMany(s => s.Items).Select(i => i.Title).OfType<string>()));
            Assert.That(
                DocxReading.TextsInStyle(document, "ListBullet").Where(t => !sections.Where(s => s.IsList).SelectMany(s => s.Items).Any(i => i.Title is { } title && t.StartsWith(title, StringComparison.Ordinal))),
                Is.EqualTo(sections.Where(s => !s.IsList).SelectMany(s => s.Items).SelectMany(i => i.Bullets)),
                "every bullet is a List Bullet paragraph, in order");
        });
    }

    [TestCaseSource(typeof(DocxCases), nameof(DocxCases.All))]
    public void Every_fact_of_the_outline_is_in_the_document_in_order(string template, TemplatePageSize pageSize, string language)
    {
        var outline = FullResumes.Outline(language);
        var design = DocxCases.Design(template);
        var facts = outline.Texts().Take(1 + 1 + outline.Contacts.Count)
            .Concat(DocxReading.SectionsInPrintOrder(outline, design).SelectMany(s => new[] { s.Heading }.Concat(s.Items.SelectMany(i => i.Texts()))))
            .ToList();
        using var document = DocxReading.Open(DocxCases.Write(template, pageSize, language));

        var missing = DocxReading.MissingInOrder(string.Join("\n", DocxReading.Paragraphs(document).Select(DocxReading.TextOf)), facts);

        Assert.Multiple(() =>
        {
            Assert.That(facts, Has.Count.GreaterThan(70), "the full resume has facts to look for");
            Assert.That(missing, Is.Empty);
        });
    }

    [TestCaseSource(typeof(DocxCases), nameof(DocxCases.All))]
    public void Bullets_are_real_list_items_of_a_bullet_numbering(string template, TemplatePageSize pageSize, string language)
    {
        using var document = DocxReading.Open(DocxCases.Write(template, pageSize, language));
        var main = document.MainDocumentPart!;
        var style = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "ListBullet");
        var numberingId = style.StyleParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numberingId);
        var abstractNumbering = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
        var level = abstractNumbering.Elements<Level>().Single(l => l.LevelIndex!.Value == 0);

        Assert.Multiple(() =>
        {
            Assert.That(level.NumberingFormat!.Val!.Value, Is.EqualTo(NumberFormatValues.Bullet));
            Assert.That(level.LevelText!.Val!.Value, Is.EqualTo("\u2022"));
            Assert.That(DocxReading.TextsInStyle(document, "ListBullet"), Is.Not.Empty);
        });
    }

    [TestCaseSource(typeof(DocxCases), nameof(DocxCases.All))]
    public void Every_http_url_is_a_working_hyperlink_and_nothing_else_is(string template, TemplatePageSize pageSize, string language)
    {
        var outline = FullResumes.Outline(language);
        var expected = outline.Contacts.Select(c => c.Target)
            .Concat(outline.Sections.SelectMany(s => s.Items).SelectMany(i => i.Links).Select(l => l.Target))
            .OfType<Uri>().Select(u => u.AbsoluteUri).Order().ToList();
        using var document = DocxReading.Open(DocxCases.Write(template, pageSize, language));
        var main = document.MainDocumentPart!;
        var hyperlinks = main.Document!.Descendants<Hyperlink>().ToList();
        var relationships = main.HyperlinkRelationships.ToDictionary(r => r.Id);

        Assert.Multiple(() =>
        {
            Assert.That(hyperlinks.Select(h => relationships[h.Id!.Value!].Uri.AbsoluteUri).Order(), Is.EqualTo(expected));
            Assert.That(relationships.Values, Has.All.Matches<HyperlinkRelationship>(r => r.IsExternal && r.Uri.Scheme is "https" or "http"));
            Assert.That(
                hyperlinks.SelectMany(h => h.Descendants<Run>()),
                Has.All.Matches<Run>(r => r.RunProperties?.RunStyle?.Val?.Value == "Hyperlink"),
                "links look like links (the Hyperlink character style)");
            Assert.That(expected, Has.Count.GreaterThanOrEqualTo(8), "the full resume has links everywhere");
        });
    }

    [TestCaseSource(typeof(DocxCases), nameof(DocxCases.All))]
    public void The_properties_say_title_author_and_language(string template, TemplatePageSize pageSize, string language)
    {
        var outline = FullResumes.Outline(language);
        using var document = DocxReading.Open(DocxCases.Write(template, pageSize, language));

        Assert.Multiple(() =>
        {
            Assert.That(document.PackageProperties.Title, Is.EqualTo(outline.Title));
            Assert.That(document.PackageProperties.Creator, Is.EqualTo(outline.Name));
            Assert.That(document.PackageProperties.Language, Is.EqualTo(language));
        });
    }

    [TestCaseSource(typeof(DocxCases), nameof(DocxCases.All))]
    public void Every_script_has_an_installed_font_and_the_text_a_language(string template, TemplatePageSize pageSize, string language)
    {
        using var document = DocxReading.Open(DocxCases.Write(template, pageSize, language));
        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var fonts = defaults.RunFonts!;
        var languages = defaults.Languages!;
        var serif = DocxCases.Design(template).Typeface == WordTypeface.Serif;

        Assert.Multiple(() =>
        {
            foreach (var font in new[] { fonts.Ascii, fonts.HighAnsi, fonts.EastAsia, fonts.ComplexScript })
            {
                Assert.That(font?.Value, Is.Not.Null.And.AnyOf([.. InstalledFonts.Value]), "set, and installed on this machine (fc-list)");
            }

            Assert.That(fonts.Ascii!.Value, Is.EqualTo(serif ? "Noto Serif" : "Noto Sans"));
            Assert.That(fonts.EastAsia!.Value, Is.EqualTo(language == FullResumes.Japanese ? $"Noto {(serif ? "Serif" : "Sans")} CJK JP" : $"Noto {(serif ? "Serif" : "Sans")} CJK SC"));
            Assert.That(fonts.ComplexScript!.Value, Is.EqualTo(serif ? "Noto Naskh Arabic" : "Noto Sans Arabic"));
            Assert.That(languages.Val!.Value, Is.EqualTo(language));
            Assert.That(languages.EastAsia!.Value, Is.EqualTo(language == FullResumes.Japanese ? "ja" : "zh-CN"));
            Assert.That(languages.Bidi!.Value, Is.EqualTo(language == FullResumes.Arabic ? "ar" : "ar-SA"));
        });
    }

    [TestCaseSource(typeof(DocxCases), nameof(DocxCases.All))]
    public void A_right_to_left_resume_runs_right_to_left_and_a_right_to_left_item_gets_its_own_direction(
        string template, TemplatePageSize pageSize, string language)
    {
        using var document = DocxReading.Open(DocxCases.Write(template, pageSize, language));
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = DocxReading.Paragraphs(document);
        var hebrew = paragraphs.Where(p => ResumeOutline.StartsRightToLeft(DocxReading.TextOf(p))).ToList();

        Assert.Multiple(() =>
        {
            if (language == FullResumes.Arabic)
            {
                Assert.That(body.Elements<SectionProperties>().Single().GetFirstChild<BiDi>(), Is.Not.Null, "a right-to-left section");
                Assert.That(paragraphs, Has.All.Matches<Paragraph>(p => p.ParagraphProperties?.BiDi is not null), "every paragraph right to left");
                Assert.That(
                    body.Descendants<Run>().Where(r => ResumeOutline.StartsRightToLeft(string.Concat(r.Descendants<Text>().Select(t => t.Text)))),
                    Has.All.Matches<Run>(r => r.RunProperties?.RightToLeftText is not null),
                    "every run of Arabic text right to left");
            }
            else
            {
                Assert.That(body.Elements<SectionProperties>().Single().GetFirstChild<BiDi>(), Is.Null);
                Assert.That(paragraphs.Where(p => DocxReading.StyleOf(p) == "Title"), Has.All.Matches<Paragraph>(p => p.ParagraphProperties?.BiDi is null));
                Assert.That(hebrew, language == FullResumes.English ? Has.Count.EqualTo(2) : Is.Empty, "the Hebrew reference: its name and its text");
                Assert.That(hebrew, Has.All.Matches<Paragraph>(p => p.ParagraphProperties?.BiDi is not null), "a right-to-left item in a left-to-right resume");
            }
        });
    }

    [Test]
    public void Text_that_looks_like_markup_is_written_as_text()
    {
        var docx = DocxCases.Write("classic", TemplatePageSize.A4, FullResumes.English);
        using var document = DocxReading.Open(docx);
        var texts = document.MainDocumentPart!.Document!.Descendants<Text>().Where(t => t.Text.Contains("<b>", StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(texts.Select(t => t.Text), Is.EqualTo(new[] { "# Not a heading <b>nor bold</b>" }), "one text node, as written");
            Assert.That(texts.Select(t => t.Parent), Has.All.Matches<Run>(r => r.RunProperties?.Bold is null), "not bold");
            Assert.That(texts.Select(t => DocxReading.StyleOf((Paragraph)t.Parent!.Parent!)), Has.All.Null, "a Normal paragraph, not a heading");
        });
    }

    [TestCaseSource(typeof(DocxCases), nameof(DocxCases.All))]
    public void The_top_block_shows_the_basics(string template, TemplatePageSize pageSize, string language)
    {
        var outline = FullResumes.Outline(language);
        using var document = DocxReading.Open(DocxCases.Write(template, pageSize, language));
        var top = DocxReading.Paragraphs(document).TakeWhile(p => DocxReading.StyleOf(p) != "Heading1").ToList();
        var basics = string.Join(" \u00B7 ", outline.Contacts.Where(c => c.Kind != ResumeOutlineContactKind.Profile).Select(c => c.Text));
        var profiles = string.Join(" \u00B7 ", outline.Contacts.Where(c => c.Kind == ResumeOutlineContactKind.Profile).Select(c => c.Text));

        Assert.Multiple(() =>
        {
            Assert.That(top.Select(DocxReading.StyleOf), Is.EqualTo(new[] { "Title", "Subtitle", "Contact", "Contact" }));
            Assert.That(top.Select(DocxReading.TextOf), Is.EqualTo(new[] { outline.Name, outline.Headline, basics, profiles }));
        });
    }

    [Test]
    public void Control_characters_in_user_text_never_reach_the_document()
    {
        var document = new ResumeDocument("Title\u0007", "Jane\u0000 Doe", "jane@example.com\u001B",
            [new(ResumeSectionKinds.Custom, "Notes\u000B", [new() { Text = "line\u0001 one\u000C", Bullets = ["tab\there", "bad \uFFFE \uD800 end"] }])]);
        var docx = DocxResumeWriter.Write(ResumeOutline.Build(document), WordDesigns.Classic, TemplatePageSize.A4);

        using var read = DocxReading.Open(docx);
        var texts = read.MainDocumentPart!.Document!.Descendants<Text>().Select(t => t.Text).ToList();
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(read).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(texts, Does.Contain("Jane Doe").And.Contain("tab here").And.Contain("bad   end"));
            Assert.That(string.Concat(texts), Has.None.Matches<char>(c => char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFE'));
            Assert.That(errors, Is.Empty);
        });
    }

    private static uint Twips(double mm) => (uint)Math.Round(mm * 1440 / 25.4);
}
