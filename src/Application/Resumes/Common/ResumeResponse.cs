namespace ResumeExport.Application.Resumes.Common;

/// <param name="Version">The concurrency token (ETag, If-Match), bumped by every change, the default flag included.</param>
/// <param name="LatestVersion">The number of the newest content version (<c>GET …/versions/{version}</c>).</param>
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
    string? Language,
    int LatestVersion);
