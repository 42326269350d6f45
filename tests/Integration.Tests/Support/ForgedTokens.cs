using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ResumeExport.Adapters.Identity;

namespace ResumeExport.Integration.Tests.Support;

/// <summary>Bearer tokens an attacker could make: signed with a key they know, unsigned, expired, or not a JWT at all.</summary>
public static class ForgedTokens
{
    /// <summary>The development key that used to be committed in appsettings.Development.json: public knowledge.</summary>
    public const string FormerlyCommittedDevelopmentKey = "development-only-signing-key-change-me-0123456789";

    /// <summary>An admin token for <paramref name="userId"/> signed with <paramref name="key"/>, issuer and audience as the API expects.</summary>
    public static string AdminSignedWith(string key, Guid userId, DateTimeOffset? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "resume-export",
            Audience = "resume-export-spa",
            IssuedAt = (expires ?? DateTimeOffset.UtcNow.AddHours(1)).UtcDateTime.AddHours(-2),
            NotBefore = (expires ?? DateTimeOffset.UtcNow.AddHours(1)).UtcDateTime.AddHours(-2),
            Expires = (expires ?? DateTimeOffset.UtcNow.AddHours(1)).UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, userId.ToString()),
                new Claim(JwtClaims.Role, JwtClaims.AdminRole),
            ]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });

    /// <summary>A token with <c>alg: none</c> and no signature.</summary>
    public static string Unsigned(Guid userId) =>
        Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." +
        Base64Url($"{{\"sub\":\"{userId}\",\"role\":\"admin\",\"iss\":\"resume-export\",\"aud\":\"resume-export-spa\",\"exp\":{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}") + ".";

    /// <summary>Every forgery, for probes: none of them may get past 401.</summary>
    public static IReadOnlyList<string> All(Guid userId) =>
    [
        AdminSignedWith(FormerlyCommittedDevelopmentKey, userId),
        AdminSignedWith(Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)), userId),
        AdminSignedWith(TestSettings.SigningKey, userId, DateTimeOffset.UtcNow.AddHours(-1)),
        Unsigned(userId),
        "not-a-jwt",
        "a.b.c",
        new string('A', 4000),
    ];

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
