using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Api.RateLimiting;

/// <summary>Whose counter a request takes from (<see cref="PartitionKey"/>, e.g. the user id or client IP) and under which rule.</summary>
public sealed record SharedLimit(string PartitionKey, RateLimitRule Rule);
