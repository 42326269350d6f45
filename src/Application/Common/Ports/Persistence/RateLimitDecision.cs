namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>Whether the permits were taken; if not, how long until they could be.</summary>
public sealed record RateLimitDecision(bool Granted, TimeSpan RetryAfter);
