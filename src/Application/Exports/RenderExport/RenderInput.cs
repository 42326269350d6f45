using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Exports.RenderExport;

/// <summary>What a render of one export reads, and the key naming it (null when the render may not be reused).</summary>
internal sealed record RenderInput(Resume Resume, string AuthorName, string AuthorEmail, string? RenderKey);
