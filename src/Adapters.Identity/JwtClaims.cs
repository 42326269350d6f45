namespace ResumeExport.Adapters.Identity;

/// <summary>Short claim names as they appear in our tokens (no WS-* URIs), shared by the issuer and the API's validation.</summary>
public static class JwtClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string AdminRole = "admin";
    public const string UserRole = "user";
}
