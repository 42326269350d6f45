using ResumeExport.Application.Resumes.Common;

namespace ResumeExport.Application.Resumes.JsonResume;

/// <summary>The mapped content (no template yet) and the import log.</summary>
internal sealed record ImportedJsonResume(string Title, IReadOnlyList<SectionDto> Sections, BasicsDto? Basics, string? Language, ImportLog Log);
