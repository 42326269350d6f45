using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Users;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Auth.Common;

/// <summary>Hands out an access token with an opaque refresh token; only the refresh token's SHA-256 is stored.</summary>
public sealed class SessionIssuer(IAccessTokenIssuer accessTokens, IRefreshTokenRepository refreshTokens, IOptions<SessionOptions> options, TimeProvider clock)
{
    /// <summary>256 random bits.</summary>
    private const int TokenBytes = 32;

    /// <summary>Starts a new family (a login or a sign-up); the caller saves.</summary>
    public AuthResponse Start(User user)
    {
        var (raw, hash) = NewToken();
        var token = RefreshToken.StartFamily(user.Id, hash, clock.GetUtcNow(), options.Value.IdleLifetime, options.Value.AbsoluteLifetime);
        refreshTokens.Add(token);
        return Respond(user, raw, token);
    }

    /// <summary>The successor of a spent token, in the same family; the caller saves.</summary>
    public AuthResponse Continue(User user, RefreshToken spent)
    {
        var (raw, hash) = NewToken();
        var token = spent.Rotate(hash, clock.GetUtcNow(), options.Value.IdleLifetime);
        refreshTokens.Add(token);
        return Respond(user, raw, token);
    }

    public static string Hash(string rawToken) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(rawToken)));

    private static (string Raw, string Hash) NewToken()
    {
        var raw = Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));
        return (raw, Hash(raw));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private AuthResponse Respond(User user, string raw, RefreshToken token)
    {
        var access = accessTokens.Issue(user, token.FamilyId);
        var expiresIn = (int)Math.Max(0, (access.ExpiresAt - clock.GetUtcNow()).TotalSeconds);
        return new AuthResponse(access.Value, access.ExpiresAt, UserResponse.From(user), raw, expiresIn, token.ExpiresAt);
    }
}
