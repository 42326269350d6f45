namespace ResumeExport.Application.Auth.Common;

public sealed record AccessToken(string Value, DateTimeOffset ExpiresAt);
