namespace ResumeExport.Domain.Users;

/// <summary>
/// One link of a session's rotation chain. Only the SHA-256 of the opaque token is kept; every token of one login shares
/// <see cref="FamilyId"/>, so reuse of a spent token can revoke the whole chain.
/// </summary>
public sealed class RefreshToken
{
    public const int HashLength = 64;

    private RefreshToken()
    {
        TokenHash = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid FamilyId { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Idle limit: this token must be used before then.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Absolute limit of the family, copied down the chain from the login.</summary>
    public DateTimeOffset FamilyExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static RefreshToken StartFamily(Guid userId, string tokenHash, DateTimeOffset now, TimeSpan idleLifetime, TimeSpan absoluteLifetime) =>
        Create(userId, Guid.NewGuid(), tokenHash, now, idleLifetime, now + absoluteLifetime);

    /// <summary>The successor handed out when this token is spent; never outlives the family.</summary>
    public RefreshToken Rotate(string tokenHash, DateTimeOffset now, TimeSpan idleLifetime) =>
        Create(UserId, FamilyId, tokenHash, now, idleLifetime, FamilyExpiresAt);

    public bool IsUsableAt(DateTimeOffset now) => UsedAt is null && RevokedAt is null && now < ExpiresAt && now < FamilyExpiresAt;

    private static RefreshToken Create(Guid userId, Guid familyId, string tokenHash, DateTimeOffset now, TimeSpan idleLifetime, DateTimeOffset familyExpiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(tokenHash);
        var idleExpiry = now + idleLifetime;
        return new RefreshToken
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            FamilyId = familyId,
            TokenHash = tokenHash,
            CreatedAt = now,
            ExpiresAt = idleExpiry < familyExpiresAt ? idleExpiry : familyExpiresAt,
            FamilyExpiresAt = familyExpiresAt,
        };
    }
}
