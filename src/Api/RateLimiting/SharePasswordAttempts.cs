namespace ResumeExport.Api.RateLimiting;

/// <summary>Endpoint metadata: the share-link password limits (<see cref="RateLimitPolicies.SharePassword"/>) apply here.</summary>
internal sealed class SharePasswordAttempts
{
    public static SharePasswordAttempts Instance { get; } = new();
}
