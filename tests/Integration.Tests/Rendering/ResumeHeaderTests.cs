using ResumeExport.Adapters.Rendering;
using ResumeExport.Domain.Resumes;
using UglyToad.PdfPig;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>The printed header comes from the resume's basics and falls back to the owner's account field by field.</summary>
public sealed class ResumeHeaderTests
{
    private ChromiumBrowserPool _pool = null!;
    private ChromiumResumePdfRenderer _renderer = null!;

    [OneTimeSetUp]
    public void StartBrowserPool() => (_pool, _renderer) = ChromiumRendererFactory.Create();

    [OneTimeTearDown]
    public async Task StopBrowserPoolAsync() => await _pool.DisposeAsync();

    [TestCase("classic")]
    [TestCase("modern")]
    [TestCase("compact")]
    public async Task A_name_from_basics_with_the_accounts_email_when_basics_has_none(string templateKey)
    {
        var rich = RenderingSamples.Rich(templateKey);
        var resume = Resume.Create(Guid.NewGuid(), rich.Title, templateKey, rich.Sections, isDefault: true, DateTimeOffset.UtcNow,
            new ResumeBasics { Name = "Ana Lima", Phone = "+351 21 000 0000", Profiles = [new ResumeProfile("GitHub", "analima", null)] });

        using var pdf = PdfDocument.Open((await _renderer.RenderAsync(RenderingSamples.Request(resume), CancellationToken.None)).Content);

        var text = pdf.GetPage(1).Text;
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Ana Lima").And.Contain(RenderingSamples.OwnerEmail).And.Contain("+351 21 000 0000").And.Contain("GitHub: analima"));
            Assert.That(text, Does.Not.Contain(RenderingSamples.OwnerName), "the account's name is replaced by the resume's");
            Assert.That(pdf.Information.Author, Is.EqualTo("Ana Lima"));
        });
    }

    [TestCase("classic")]
    [TestCase("modern")]
    [TestCase("compact")]
    public async Task Without_basics_the_header_is_the_accounts_name_and_email_under_the_title(string templateKey)
    {
        using var pdf = PdfDocument.Open((await _renderer.RenderAsync(RenderingSamples.Request(RenderingSamples.Rich(templateKey)), CancellationToken.None)).Content);

        var text = pdf.GetPage(1).Text;
        Assert.That(text, Does.Contain(RenderingSamples.OwnerName).And.Contain(RenderingSamples.OwnerEmail).And.Contain("Senior Backend Engineer"));
        Assert.That(pdf.Information.Author, Is.EqualTo(RenderingSamples.OwnerName));
    }
}
