using ResumeExport.Adapters.Rendering;
using ResumeExport.Templates;
using ResumeExport.TestSamples;
using UglyToad.PdfPig;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// Every template prints the English, Arabic and Japanese picture samples as one page. With TEMPLATE_PICTURES_DIR set
/// (deploy/tools/template-pictures.sh sets it) each PDF is also written there as <c>key-language.pdf</c>, for the docs' pictures
/// and the templates package's previews, with <c>key.sha256</c>, the hash of the HTML the English one was printed from.
/// </summary>
public sealed class TemplatePictureTests
{
    private ChromiumBrowserPool _pool = null!;
    private ChromiumResumePdfRenderer _renderer = null!;

    private static IEnumerable<TestCaseData> Cases =>
        from key in ResumeTemplates.Keys
        from language in TemplatePictureSamples.PictureLanguages
        select new TestCaseData(key, language).SetName($"The {language} picture sample prints on one page with {key}");

    [OneTimeSetUp]
    public void StartBrowserPool() => (_pool, _renderer) = ChromiumRendererFactory.Create();

    [OneTimeTearDown]
    public async Task StopBrowserPoolAsync() => await _pool.DisposeAsync();

    [TestCaseSource(nameof(Cases))]
    public async Task The_picture_sample_prints_on_one_page(string templateKey, string language)
    {
        var resume = TemplatePictureSamples.For(templateKey, language);

        var pdf = await _renderer.RenderAsync(RenderingSamples.Request(resume), CancellationToken.None);

        if (Environment.GetEnvironmentVariable("TEMPLATE_PICTURES_DIR") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            await File.WriteAllBytesAsync(Path.Combine(directory, $"{templateKey}-{language}.pdf"), pdf.Content);
            if (language == TemplatePictureSamples.PreviewLanguage)
            {
                // The shipped preview's fingerprint: the HTML this PDF was printed from (the renderer's first pass).
                Assert.That(ChromiumResumePdfRenderer.ComposeHtml(RenderingSamples.Request(resume)), Is.EqualTo(TemplatePreviewSource.Html(templateKey)));
                await File.WriteAllTextAsync(Path.Combine(directory, $"{templateKey}.sha256"), TemplatePreviewSource.Hash(templateKey) + "\n");
            }
        }

        using var document = PdfDocument.Open(pdf.Content);
        Assert.Multiple(() =>
        {
            Assert.That(document.NumberOfPages, Is.EqualTo(1));
            Assert.That(document.GetPage(1).Text, Does.Contain(resume.Basics!.Email));
        });
    }
}
