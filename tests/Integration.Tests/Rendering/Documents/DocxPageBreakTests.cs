using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ResumeExport.Adapters.Rendering.Documents;
using ResumeExport.Templates;
using ResumeExport.Templates.Outline;

namespace ResumeExport.Integration.Tests.Rendering.Documents;

/// <summary>
/// The per-section page-break controls in the DOCX of every template × paper: <c>startOnNewPage</c> is Word's
/// <c>pageBreakBefore</c> on the section's first paragraph, <c>keepTogether</c> its <c>keepLines</c> and <c>keepNext</c>;
/// LibreOffice's PDF of the document (pdftotext page by page) shows the section at the top of a new page.
/// </summary>
[NonParallelizable]
public sealed class DocxPageBreakTests
{
    private DirectoryInfo _directory = null!;

    public static IEnumerable<TestCaseData> Cases() =>
        from template in ResumeTemplates.Keys.Where(key => WordDesigns.TryGet(key, out _))
        from pageSize in Enum.GetValues<TemplatePageSize>()
        select new TestCaseData(template, pageSize).SetArgDisplayNames(template, pageSize.ToString());

    [OneTimeSetUp]
    public void ConvertEveryCase()
    {
        _directory = Directory.CreateTempSubdirectory("re-docx-breaks-");
        var files = new List<string>();
        foreach (var arguments in Cases().Select(c => c.Arguments))
        {
            var (template, pageSize) = ((string)arguments[0]!, (TemplatePageSize)arguments[1]!);
            File.WriteAllBytes(Path.Combine(_directory.FullName, FileName(template, pageSize)), Write(template, pageSize));
            files.Add(FileName(template, pageSize));
        }

        LibreOffice.ConvertToPdf(_directory, files);
    }

    [OneTimeTearDown]
    public void RemoveFiles() => _directory.Delete(recursive: true);

    [TestCaseSource(nameof(Cases))]
    public void Start_on_new_page_breaks_the_page_before_the_heading_and_keep_together_keeps_every_paragraph_with_the_next(string template, TemplatePageSize pageSize)
    {
        using var document = DocxReading.Open(Write(template, pageSize));
        var paragraphs = DocxReading.Paragraphs(document);
        var outline = Outline();
        var breaking = paragraphs.Where(p => p.ParagraphProperties?.PageBreakBefore is not null).Select(DocxReading.TextOf).ToList();
        var experience = SectionParagraphs(paragraphs, outline, ResumeSectionKinds.Experience);

        Assert.Multiple(() =>
        {
            Assert.That(breaking, Is.EqualTo(new[] { Heading(outline, ResumeSectionKinds.Education) }), "only the section's heading breaks the page");
            Assert.That(experience, Has.Count.GreaterThan(4));
            Assert.That(experience.Select(p => p.ParagraphProperties?.KeepLines is not null), Has.All.True, "every line of the kept section together");
            Assert.That(experience.SkipLast(1).Select(p => p.ParagraphProperties?.KeepNext is not null), Has.All.True, "each paragraph kept with the next");
            Assert.That(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => e.Description), Is.Empty);
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void LibreOffice_prints_the_section_at_the_top_of_a_new_page(string template, TemplatePageSize pageSize)
    {
        var pdf = Path.Combine(_directory.FullName, Path.ChangeExtension(FileName(template, pageSize), ".pdf"));
        var pages = LibreOffice.PdfText(pdf).Split('\f').Select(page => page.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList()).ToList();
        var heading = Heading(Outline(), ResumeSectionKinds.Education);

        // Designs set headings in small capitals, which pdftotext reads as "E DUCATION".
        var page = pages.FindIndex(lines => lines.Any(l => SameLetters(l, heading)));
        TestContext.Progress.WriteLine($"{template} {pageSize}: '{heading}' on page {page + 1} of {pages.Count(p => p.Count > 0)}");
        Assert.Multiple(() =>
        {
            Assert.That(page, Is.GreaterThan(0), "the section is not on the first page");
            Assert.That(SameLetters(pages[Math.Max(page, 0)].FirstOrDefault() ?? string.Empty, heading), Is.True, "its heading is the first line of its page");
            Assert.That(pages[Math.Max(page - 1, 0)], Is.Not.Empty, "the page before holds the sections before it");
        });
    }

    private static ResumeDocument Document()
    {
        var full = FullResumes.Document(FullResumes.Languages[0]);
        return full with
        {
            Sections =
            [
                .. full.Sections.Select(s => s.Kind switch
                {
                    ResumeSectionKinds.Education => s with { StartOnNewPage = true },
                    ResumeSectionKinds.Experience => s with { KeepTogether = true },
                    _ => s,
                }),
            ],
        };
    }

    private static ResumeOutline Outline() => ResumeOutline.Build(Document());

    private static byte[] Write(string template, TemplatePageSize pageSize) => DocxResumeWriter.Write(Outline(), DocxCases.Design(template), pageSize);

    private static string FileName(string template, TemplatePageSize pageSize) => $"breaks-{template}-{pageSize}.docx";

    private static bool SameLetters(string line, string heading) =>
        string.Equals(string.Concat(line.Where(c => !char.IsWhiteSpace(c))), string.Concat(heading.Where(c => !char.IsWhiteSpace(c))), StringComparison.OrdinalIgnoreCase);

    private static string Heading(ResumeOutline outline, string kind) => outline.Sections.Single(s => s.Kind == kind).Heading;

    /// <summary>The section's paragraphs: from its heading to the paragraph before the next heading 1.</summary>
    private static List<Paragraph> SectionParagraphs(IReadOnlyList<Paragraph> paragraphs, ResumeOutline outline, string kind)
    {
        var heading = Heading(outline, kind);
        var start = paragraphs.ToList().FindIndex(p => DocxReading.TextOf(p) == heading);
        var headingStyle = DocxReading.StyleOf(paragraphs[start]);
        return [paragraphs[start], .. paragraphs.Skip(start + 1).TakeWhile(p => DocxReading.StyleOf(p) != headingStyle)];
    }
}
