namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>
/// A limit as configured: a fixed window of <see cref="Limit"/> permits per <see cref="Period"/>, or a token bucket of
/// <see cref="Limit"/> tokens refilled at <see cref="TokensPerPeriod"/> per <see cref="Period"/>.
/// </summary>
public sealed record RateLimitRule(RateLimitAlgorithm Algorithm, int Limit, int TokensPerPeriod, TimeSpan Period)
{
    public static RateLimitRule FixedWindow(int permits, TimeSpan window) => new(RateLimitAlgorithm.FixedWindow, permits, permits, window);

    public static RateLimitRule TokenBucket(int tokenLimit, int tokensPerPeriod, TimeSpan period) => new(RateLimitAlgorithm.TokenBucket, tokenLimit, tokensPerPeriod, period);
}
