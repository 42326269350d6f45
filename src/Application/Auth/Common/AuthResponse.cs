using ResumeExport.Application.Users;

namespace ResumeExport.Application.Auth.Common;

public sealed record AuthResponse(string AccessToken, DateTimeOffset ExpiresAt, UserResponse User);
