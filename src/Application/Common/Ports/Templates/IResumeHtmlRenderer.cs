using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Common.Ports.Templates;

/// <summary>The very HTML the PDF worker prints, for a browser to show (the share page, decision 31).</summary>
public interface IResumeHtmlRenderer
{
    /// <param name="authorName">The owner's name, printed where the resume's basics give none.</param>
    /// <param name="authorEmail">The owner's e-mail, printed where the resume's basics give none.</param>
    string Render(Resume resume, string authorName, string authorEmail);
}
