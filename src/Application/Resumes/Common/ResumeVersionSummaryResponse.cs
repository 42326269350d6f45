using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>One entry of a resume's history, without its content.</summary>
/// <param name="ContentSha256">Lower-case hex SHA-256 of the content's canonical form (docs/api.md#versions).</param>
public sealed record ResumeVersionSummaryResponse(int Version, DateTimeOffset CreatedAt, string ContentSha256, string Title)
{
    public static ResumeVersionSummaryResponse From(ResumeVersion version) => new(version.Version, version.CreatedAt, version.ContentSha256, version.Title);
}
