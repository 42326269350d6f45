using ResumeExport.Domain.ShareLinks;

namespace ResumeExport.Application.ShareLinks.Common;

/// <summary>A share link as its owner lists it: never its token or url (shown once, at creation).</summary>
/// <param name="Version">The pinned resume version; null shows the latest.</param>
/// <param name="State"><c>active</c>, <c>revoked</c> or <c>expired</c>.</param>
/// <param name="PasswordProtected">Whether the page asks for a password.</param>
public sealed record ShareLinkResponse(
    Guid Id,
    Guid ResumeId,
    int? Version,
    bool PasswordProtected,
    string State,
    int Views,
    int Downloads,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt)
{
    public static ShareLinkResponse From(ShareLink link, DateTimeOffset now) => new(
        link.Id,
        link.ResumeId,
        link.Version,
        link.IsProtected,
        link.StateAt(now).ToString().ToLowerInvariant(),
        link.ViewCount,
        link.DownloadCount,
        link.CreatedAt,
        link.ExpiresAt,
        link.RevokedAt);
}
