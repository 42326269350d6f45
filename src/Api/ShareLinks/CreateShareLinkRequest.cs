namespace ResumeExport.Api.ShareLinks;

/// <param name="ExpiresAt">When the link stops opening (then 410); omitted: never. After now, at most 365 days ahead.</param>
/// <param name="Password">8 to 128 characters; every viewer must enter it. Stored only as a hash.</param>
/// <param name="Version">A stored version number of the resume (see <c>GET /api/resumes/{id}/versions</c>) to pin; omitted: always the latest.</param>
public sealed record CreateShareLinkRequest(DateTimeOffset? ExpiresAt, string? Password, int? Version);
