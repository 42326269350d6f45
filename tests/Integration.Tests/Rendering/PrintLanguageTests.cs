using ResumeExport.Adapters.Rendering;
using UglyToad.PdfPig;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// Through real Chromium, in the PDF worker's own renderer: a resume's dates and default section titles print in its
/// language (the templates' tests cover every language in the HTML).
/// </summary>
public sealed class PrintLanguageTests
{
    private ChromiumBrowserPool _pool = null!;
    private ChromiumResumePdfRenderer _renderer = null!;

    [OneTimeSetUp]
    public void StartBrowserPool() => (_pool, _renderer) = ChromiumRendererFactory.Create();

    [OneTimeTearDown]
    public async Task StopBrowserPoolAsync() => await _pool.DisposeAsync();

    [TestCase("de", "März 2021 – heute", "Sept. 2017 – Feb. 2021", "Berufserfahrung", "Ausbildung")]
    [TestCase("ru", "март 2021 – настоящее время", "сент. 2017 – февр. 2021", "Опыт работы", "Образование")]
    public async Task A_german_or_russian_resume_prints_its_dates_and_default_titles_in_its_language(
        string language, string openRange, string closedRange, string experience, string education)
    {
        var resume = RenderingSamples.Rich("classic");
        resume.Update(resume.Title, resume.TemplateKey, resume.Sections, DateTimeOffset.UtcNow, language: language);

        using var pdf = PdfDocument.Open((await _renderer.RenderAsync(RenderingSamples.Request(resume), CancellationToken.None)).Content);

        var text = string.Concat(pdf.GetPages().Select(page => page.Text));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(openRange).And.Contain(closedRange));
            Assert.That(text, Does.Contain(experience).And.Contain(education));
            Assert.That(text, Does.Not.Contain("Present").And.Not.Contain("Mar 2021"));
        });
    }
}
