using ResumeExport.Application.Resumes.Common;

namespace ResumeExport.Api.Resumes;

/// <summary>The PUT body: the whole resume, plus the version it was based on (or send <c>If-Match</c>).</summary>
public sealed record UpdateResumeRequest(
    string Title, string TemplateKey, IReadOnlyList<SectionDto> Sections, int? Version, BasicsDto? Basics = null, string? Language = null);
