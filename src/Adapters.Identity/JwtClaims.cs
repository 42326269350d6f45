namespace ResumeExport.Adapters.Identity;

/// <summary>Short claim names (no WS-* URIs), shared by issuer and validation.</summary>
public static class JwtClaims
{
    public const string Subject = "sub";
    public const string Role = "role";

    /// <summary>The session: the refresh-token family the access token was issued with.</summary>
    public const string Session = "sid";
    public const string AdminRole = "admin";
    public const string UserRole = "user";
}
