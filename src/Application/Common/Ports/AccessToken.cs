namespace ResumeExport.Application.Common.Ports;

public sealed record AccessToken(string Value, DateTimeOffset ExpiresAt);
