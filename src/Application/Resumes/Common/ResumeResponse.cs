namespace ResumeExport.Application.Resumes.Common;

public sealed record ResumeResponse(
    Guid Id,
    string Title,
    string TemplateKey,
    bool IsDefault,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<SectionDto> Sections,
    BasicsDto? Basics,
    string? Language);
