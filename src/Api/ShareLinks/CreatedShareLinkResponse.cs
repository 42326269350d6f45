namespace ResumeExport.Api.ShareLinks;

/// <param name="Url">The public page, <c>/s/{token}</c>: shown this once, since only the token's hash is stored.</param>
public sealed record CreatedShareLinkResponse(Guid Id, Uri Url, DateTimeOffset? ExpiresAt, DateTimeOffset CreatedAt);
