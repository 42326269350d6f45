using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Common.Ports.Rendering;

/// <param name="AuthorName">The PDF's author and the resume's heading.</param>
/// <param name="AuthorEmail">Shown in the resume's header.</param>
public sealed record PdfRenderRequest(Resume Resume, string AuthorName, string AuthorEmail, PageSize PageSize);
