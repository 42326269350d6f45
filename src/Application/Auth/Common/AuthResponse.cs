using ResumeExport.Application.Users;

namespace ResumeExport.Application.Auth.Common;

/// <param name="ExpiresIn">Seconds the access token lives from now.</param>
/// <param name="RefreshExpiresAt">When the refresh token dies unused (its idle limit, capped by the session's absolute one).</param>
public sealed record AuthResponse(string AccessToken, DateTimeOffset ExpiresAt, UserResponse User, string RefreshToken, int ExpiresIn, DateTimeOffset RefreshExpiresAt);
