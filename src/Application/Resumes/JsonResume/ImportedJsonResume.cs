using ResumeExport.Application.Resumes.Common;

namespace ResumeExport.Application.Resumes.JsonResume;

/// <summary>A JSON Resume document mapped onto our resume: content to create (without a template yet), and the log.</summary>
internal sealed record ImportedJsonResume(string Title, IReadOnlyList<SectionDto> Sections, BasicsDto? Basics, string? Language, ImportLog Log);
