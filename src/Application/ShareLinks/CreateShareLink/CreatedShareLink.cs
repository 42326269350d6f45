namespace ResumeExport.Application.ShareLinks.CreateShareLink;

/// <param name="Token">The only time the token exists outside the viewer's url: the API turns it into <c>url</c>.</param>
public sealed record CreatedShareLink(Guid Id, string Token, DateTimeOffset? ExpiresAt, DateTimeOffset CreatedAt);
