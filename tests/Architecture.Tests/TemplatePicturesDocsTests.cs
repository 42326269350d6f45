using ResumeExport.Templates;

namespace ResumeExport.Architecture.Tests;

/// <summary>
/// docs/templates.md shows every catalogue template in English, Arabic and Japanese, and each picture it shows is a
/// committed PNG (deploy/tools/template-pictures.sh draws them).
/// </summary>
public sealed class TemplatePicturesDocsTests
{
    private static readonly string[] Languages = ["en", "ar", "ja"];

    private static IEnumerable<string> TemplateKeys => ResumeTemplates.Keys;

    [TestCaseSource(nameof(TemplateKeys))]
    public void The_templates_page_shows_the_template_in_english_arabic_and_japanese(string templateKey)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "templates.md"));

        Assert.Multiple(() =>
        {
            foreach (var language in Languages)
            {
                var picture = $"images/templates/{templateKey}-{language}.png";
                Assert.That(page, Does.Contain($"]({picture})"), $"docs/templates.md shows {picture}");
                var file = new FileInfo(Path.Combine(RepositoryFiles.Root, "docs", picture));
                Assert.That(file.Exists, Is.True, $"docs/{picture} is committed");
                if (file.Exists)
                {
                    Assert.That(IsPng(file), Is.True, $"docs/{picture} is a PNG");
                }
            }
        });
    }

    private static bool IsPng(FileInfo file)
    {
        Span<byte> signature = stackalloc byte[8];
        using var stream = file.OpenRead();
        return stream.Read(signature) == 8 && signature.SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
    }
}
