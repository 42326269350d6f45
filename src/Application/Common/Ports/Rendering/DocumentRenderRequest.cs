using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Common.Ports.Rendering;

/// <param name="Format">One of <see cref="ExportFormats"/> for which <see cref="ExportFormats.NeedsBrowser"/> is false.</param>
/// <param name="AuthorName">The document's author and the resume's heading when the resume names nobody.</param>
/// <param name="AuthorEmail">Shown in the header when the resume gives no e-mail.</param>
/// <param name="PageSize">The DOCX page; Markdown and text have no pages.</param>
public sealed record DocumentRenderRequest(Resume Resume, string Format, string AuthorName, string AuthorEmail, PageSize PageSize);
