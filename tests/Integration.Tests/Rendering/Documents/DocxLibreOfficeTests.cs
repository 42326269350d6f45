using ResumeExport.Templates;

namespace ResumeExport.Integration.Tests.Rendering.Documents;

/// <summary>
/// Every template × paper × full resume opened by another word processor: LibreOffice converts each DOCX to PDF, and
/// the PDF's text holds every section heading, item title and bullet in the resume's order, on the requested paper.
/// Fails (never skips) when LibreOffice is missing.
/// </summary>
[NonParallelizable]
public sealed class DocxLibreOfficeTests
{
    private DirectoryInfo _directory = null!;

    [OneTimeSetUp]
    public void ConvertEveryCase()
    {
        _directory = Directory.CreateTempSubdirectory("re-docx-");
        var files = new List<string>();
        foreach (var arguments in DocxCases.All().Select(c => c.Arguments))
        {
            var (template, pageSize, language) = ((string)arguments[0]!, (TemplatePageSize)arguments[1]!, (string)arguments[2]!);
            var name = DocxCases.FileName(template, pageSize, language);
            File.WriteAllBytes(Path.Combine(_directory.FullName, name), DocxCases.Write(template, pageSize, language));
            files.Add(name);
        }

        LibreOffice.ConvertToPdf(_directory, files);
    }

    [OneTimeTearDown]
    public void RemoveFiles()
    {
        var kept = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "documents"));
        foreach (var file in _directory.EnumerateFiles())
        {
            // Kept beside the test run, for people to open.
            file.CopyTo(Path.Combine(kept.FullName, file.Name), overwrite: true);
        }

        _directory.Delete(recursive: true);
    }

    [TestCaseSource(typeof(DocxCases), nameof(DocxCases.All))]
    public void The_pdf_LibreOffice_prints_holds_every_heading_title_and_bullet_in_order(string template, TemplatePageSize pageSize, string language)
    {
        var pdf = Path.Combine(_directory.FullName, Path.ChangeExtension(DocxCases.FileName(template, pageSize, language), ".pdf"));
        var landmarks = DocxReading.Landmarks(FullResumes.Outline(language), DocxCases.Design(template));

        var missing = DocxReading.MissingInOrder(LibreOffice.PdfText(pdf), landmarks);

        Assert.Multiple(() =>
        {
            Assert.That(landmarks, Has.Count.GreaterThan(30), "the full resume has landmarks to look for");
            Assert.That(missing, Is.Empty, "not found in the PDF's text after the landmarks before them");
        });
    }

    [TestCaseSource(typeof(DocxCases), nameof(DocxCases.All))]
    public void The_pdf_LibreOffice_prints_is_on_the_requested_paper(string template, TemplatePageSize pageSize, string language)
    {
        var pdf = Path.Combine(_directory.FullName, Path.ChangeExtension(DocxCases.FileName(template, pageSize, language), ".pdf"));

        var info = LibreOffice.PdfInfo(pdf);

        Assert.That(info, Does.Match(pageSize switch
        {
            TemplatePageSize.Letter => @"Page size:\s+612 x 792 pts",
            TemplatePageSize.Legal => @"Page size:\s+612 x 1008 pts",
            _ => @"Page size:\s+595\.\d+ x 841\.\d+ pts",
        }));
    }
}
