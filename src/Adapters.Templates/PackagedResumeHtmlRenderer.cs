using ResumeExport.Application.Common.Ports.Templates;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Domain.Resumes;
using ResumeExport.Templates;

namespace ResumeExport.Adapters.Templates;

/// <summary>
/// The templates package's HTML for a screen: the document the PDF worker prints (A4, the resume's template and
/// language, so right-to-left and the fonts come as in the PDF), without the print-time tightening pass.
/// </summary>
internal sealed class PackagedResumeHtmlRenderer : IResumeHtmlRenderer
{
    public string Render(Resume resume, string authorName, string authorEmail)
    {
        ArgumentNullException.ThrowIfNull(resume);
        return ResumeTemplates.Render(resume.TemplateKey, ResumeDocumentMapper.ToDocument(resume, authorName, authorEmail), TemplatePageSize.A4);
    }
}
