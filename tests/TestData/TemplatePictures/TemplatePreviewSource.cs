using System.Security.Cryptography;
using System.Text;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Templates;

namespace ResumeExport.TestSamples;

/// <summary>
/// The HTML a template makes of its preview sample (the English picture sample, A4, printed for the integration suite's
/// owner) and its SHA-256: the picture script stores the hash beside each shipped preview, a unit test recomputes it.
/// </summary>
internal static class TemplatePreviewSource
{
    public const string AuthorName = "Jürgen Müller";
    public const string AuthorEmail = "juergen.mueller@example.com";

    public static string Html(string templateKey) => ResumeTemplates.Render(
        templateKey,
        ResumeDocumentMapper.ToDocument(TemplatePictureSamples.For(templateKey, TemplatePictureSamples.PreviewLanguage), AuthorName, AuthorEmail),
        TemplatePageSize.A4);

    public static string Hash(string templateKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Html(templateKey))));
}
