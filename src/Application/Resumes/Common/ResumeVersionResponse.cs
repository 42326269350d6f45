using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>One version with its full content, in the resume's own wire shape.</summary>
/// <param name="ContentSha256">Lower-case hex SHA-256 of the content's canonical form (docs/api.md#versions).</param>
public sealed record ResumeVersionResponse(
    Guid ResumeId,
    int Version,
    DateTimeOffset CreatedAt,
    string ContentSha256,
    string Title,
    string TemplateKey,
    IReadOnlyList<SectionDto> Sections,
    BasicsDto? Basics,
    string? Language)
{
    public static ResumeVersionResponse From(ResumeVersion version) => new(
        version.ResumeId,
        version.Version,
        version.CreatedAt,
        version.ContentSha256,
        version.Title,
        version.TemplateKey,
        ResumeMapper.ToDto(version.Sections),
        ResumeMapper.ToDto(version.Basics),
        version.Language);
}
