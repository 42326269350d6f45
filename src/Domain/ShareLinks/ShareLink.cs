using ResumeExport.Domain.Common;

namespace ResumeExport.Domain.ShareLinks;

/// <summary>
/// A public, read-only link to one resume (decision 31). Only the SHA-256 of its token is kept, so the url
/// is shown once, at creation; the optional password is kept as the password hasher's hash.
/// </summary>
public sealed class ShareLink
{
    /// <summary>A link may expire at most this far ahead (<c>expiresAt</c>).</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(365);

    private ShareLink()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid ResumeId { get; private set; }

    /// <summary>SHA-256 of the token (32 bytes); the token itself is never stored.</summary>
    public byte[] TokenHash { get; private set; } = [];

    /// <summary>The password hasher's hash, or null when the link is open to anyone holding the url.</summary>
    public string? PasswordHash { get; private set; }

    /// <summary>The stored <c>ResumeVersion</c> number the link shows (pinned, kept from pruning while the link opens); null shows the latest.</summary>
    public int? Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public int ViewCount { get; private set; }

    public int DownloadCount { get; private set; }

    public bool IsProtected => PasswordHash is not null;

    /// <exception cref="DomainException">A token hash that is not 32 bytes, an expiry not after now or too far, a version below 1.</exception>
    public static ShareLink Create(
        Guid userId, Guid resumeId, byte[] tokenHash, string? passwordHash, int? version, DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        if (tokenHash.Length != 32)
        {
            throw new DomainException("invalid_share_token", "A share link keeps the 32-byte SHA-256 of its token.");
        }

        if (expiresAt is { } expiry && (expiry <= now || expiry > now + MaxLifetime))
        {
            throw new DomainException("invalid_share_expiry", "A share link expires after now and within a year.");
        }

        if (version is < 1)
        {
            throw new DomainException("invalid_share_version", "A pinned version is 1 or more.");
        }

        return new()
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            ResumeId = resumeId,
            TokenHash = tokenHash,
            PasswordHash = passwordHash,
            Version = version,
            ExpiresAt = expiresAt,
            CreatedAt = now,
        };
    }

    public ShareLinkState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? ShareLinkState.Revoked
        : ExpiresAt is { } expiry && expiry <= now ? ShareLinkState.Expired
        : ShareLinkState.Active;

    /// <summary>Revoking twice keeps the first time.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
