namespace ResumeExport.Application.Auth.Common;

/// <summary>Refresh-token lifetimes (docs/decisions/0033-rotating-refresh-tokens.md).</summary>
public sealed class SessionOptions
{
    public const string SectionName = "Sessions";

    /// <summary>A refresh token unused for this long dies: an abandoned device stops being signed in.</summary>
    public TimeSpan IdleLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Every session ends this long after its login, however often it is refreshed.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromDays(60);

    /// <summary>
    /// How often each API replica reads the sessions revoked within the access-token lifetime: an access token of a
    /// revoked session is refused on every replica at most this long after the revocation (decision 41).
    /// </summary>
    public TimeSpan RevocationPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public bool IsValid() =>
        IdleLifetime >= TimeSpan.FromMinutes(5) && AbsoluteLifetime >= IdleLifetime && AbsoluteLifetime <= TimeSpan.FromDays(365)
        && RevocationPollInterval >= TimeSpan.FromMilliseconds(100) && RevocationPollInterval <= TimeSpan.FromMinutes(1);
}
