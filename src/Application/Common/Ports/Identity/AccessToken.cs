namespace ResumeExport.Application.Common.Ports.Identity;

public sealed record AccessToken(string Value, DateTimeOffset ExpiresAt);
