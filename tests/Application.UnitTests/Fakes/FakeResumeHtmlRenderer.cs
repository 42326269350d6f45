using System.Net;
using ResumeExport.Application.Common.Ports.Templates;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>A page naming the resume's title and author, encoded as the real templates encode user text.</summary>
internal sealed class FakeResumeHtmlRenderer : IResumeHtmlRenderer
{
    public string Render(Resume resume, string authorName, string authorEmail) =>
        $"<html><body><h1>{WebUtility.HtmlEncode(resume.Title)}</h1><p>{WebUtility.HtmlEncode(authorName)}</p></body></html>";
}
