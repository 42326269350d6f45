using System.Text.RegularExpressions;
using ResumeExport.Adapters.Rendering;
using ResumeExport.Domain.Resumes;
using UglyToad.PdfPig;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// Through real Chromium, read back with poppler, MuPDF and PdfPig: the document information, the XMP stream that
/// matches it, the catalog's language and viewer preferences, and a tag tree of headings, lists and links with
/// alternate text, in every template.
/// </summary>
public sealed class PdfMetadataTests
{
    private const string Label = "Staff Engineer – Payments";
    private static readonly string[] TemplateKeys = ["classic", "modern", "compact"];
    private static readonly string[] Skills = ["C# / .NET", "PostgreSQL", "Distributed systems", "RabbitMQ", "Kubernetes", "OpenTelemetry", "Go", "TypeScript"];
    private ChromiumBrowserPool _pool = null!;
    private ChromiumResumePdfRenderer _renderer = null!;

    [OneTimeSetUp]
    public void StartBrowserPool() => (_pool, _renderer) = ChromiumRendererFactory.Create();

    [OneTimeTearDown]
    public async Task StopBrowserPoolAsync() => await _pool.DisposeAsync();

    [TestCaseSource(nameof(TemplateKeys))]
    public async Task The_document_information_names_the_resume_its_author_headline_skills_and_the_product(string templateKey)
    {
        var pdf = await PrintAsync(templateKey);

        var info = PdfTools.Info(pdf);
        using var document = PdfDocument.Open(pdf);
        Assert.Multiple(() =>
        {
            Assert.That(Field(info, "Title"), Is.EqualTo("Senior Backend Engineer"));
            Assert.That(Field(info, "Author"), Is.EqualTo("Zoë Weiß"));
            Assert.That(Field(info, "Subject"), Is.EqualTo(Label));
            Assert.That(Field(info, "Keywords"), Is.EqualTo(string.Join(", ", Skills)));
            Assert.That(Field(info, "Creator"), Is.EqualTo("ResumeExport"));
            Assert.That(Field(info, "Producer"), Does.StartWith("ResumeExport ").And.Not.Contain("Skia"));
            Assert.That(Field(info, "Tagged"), Is.EqualTo("yes"));
            Assert.That(Field(info, "Metadata Stream"), Is.EqualTo("yes"));
            Assert.That(document.Information.Subject, Is.EqualTo(Label));
            Assert.That(document.NumberOfPages, Is.GreaterThanOrEqualTo(1));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public async Task The_xmp_metadata_says_what_the_document_information_says(string templateKey)
    {
        var xmp = PdfTools.Xmp(await PrintAsync(templateKey));

        Assert.Multiple(() =>
        {
            Assert.That(xmp, Does.Contain("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Senior Backend Engineer</rdf:li>"));
            Assert.That(xmp, Does.Contain("<dc:creator><rdf:Seq><rdf:li>Zoë Weiß</rdf:li>"));
            Assert.That(xmp, Does.Contain($"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{Label}</rdf:li>"));
            Assert.That(xmp, Does.Contain("<dc:language><rdf:Bag><rdf:li>de-CH</rdf:li>"));
            Assert.That(xmp, Does.Contain("<rdf:li>C# / .NET</rdf:li>"));
            Assert.That(xmp, Does.Contain($"<pdf:Keywords>{string.Join(", ", Skills)}</pdf:Keywords>"));
            Assert.That(xmp, Does.Match("<pdf:Producer>ResumeExport [^<]+</pdf:Producer>"));
            Assert.That(xmp, Does.Contain("<xmp:CreatorTool>ResumeExport</xmp:CreatorTool>"));
            Assert.That(xmp, Does.Match(@"<xmp:CreateDate>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ</xmp:CreateDate>"));
            Assert.That(xmp, Does.Match(@"<xmp:ModifyDate>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ</xmp:ModifyDate>"));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public async Task The_catalog_keeps_chromiums_structure_and_adds_language_title_display_and_metadata(string templateKey)
    {
        var root = PdfTools.Show(await PrintAsync(templateKey), "trailer/Root");

        Assert.Multiple(() =>
        {
            Assert.That(root, Does.Contain("/Lang (de-CH)"));
            Assert.That(root, Does.Match(@"/ViewerPreferences <<\s*(/Type /ViewerPreferences\s*)?/DisplayDocTitle true"));
            Assert.That(root, Does.Match(@"/Metadata \d+ 0 R"));
            Assert.That(root, Does.Match(@"/StructTreeRoot \d+ 0 R"));
            Assert.That(root, Does.Contain("/Marked true"));
        });
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public async Task The_tag_tree_has_headings_lists_and_links_with_alternate_text(string templateKey)
    {
        var pdf = await PrintAsync(templateKey);

        // mutool's "grep" prints every object, at its last revision, on one line.
        var objects = PdfTools.Show(pdf, "grep").Split('\n');
        var elements = objects.Where(line => line.Contains("/Type/StructElem", StringComparison.Ordinal)).ToList();
        var links = elements.Where(line => line.Contains("/S/Link", StringComparison.Ordinal)).ToList();
        var annotations = objects.Where(line => line.Contains("/Subtype/Link", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            foreach (var role in new[] { "/S/H1", "/S/H2", "/S/H3", "/S/L", "/S/LI" })
            {
                Assert.That(elements, Has.Some.Contains(role), role);
            }

            Assert.That(links, Has.Count.GreaterThanOrEqualTo(3));
            Assert.That(links, Has.All.Match(@"/Alt\(https?://[^)]+\)"));
            Assert.That(annotations, Has.Count.EqualTo(links.Count));
            Assert.That(annotations, Has.All.Match(@"/Contents\(https?://[^)]+\)"));
            Assert.That(links, Has.Some.Contains("/Alt(https://github.com/jmueller/pg-outbox)"));
        });
    }

    private static string Field(string info, string name) =>
        Regex.Match(info, $"^{Regex.Escape(name)}:\\s*(.*)$", RegexOptions.Multiline) is { Success: true } match ? match.Groups[1].Value.Trim() : string.Empty;

    private async Task<byte[]> PrintAsync(string templateKey)
    {
        var resume = RenderingSamples.Rich(templateKey);
        resume.Update(resume.Title, templateKey, resume.Sections, DateTimeOffset.UtcNow,
            new ResumeBasics { Name = "Zoë Weiß", Label = Label, Email = "zoe@example.com", Url = "https://example.com/zoe" }, "de-CH");
        return (await _renderer.RenderAsync(RenderingSamples.Request(resume), CancellationToken.None)).Content;
    }
}
