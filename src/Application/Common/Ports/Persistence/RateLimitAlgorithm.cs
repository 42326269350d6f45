namespace ResumeExport.Application.Common.Ports.Persistence;

public enum RateLimitAlgorithm
{
    /// <summary>Up to the limit per window; the count starts again when the window ends.</summary>
    FixedWindow,

    /// <summary>Up to the limit at once, refilled continuously at the configured rate.</summary>
    TokenBucket,
}
