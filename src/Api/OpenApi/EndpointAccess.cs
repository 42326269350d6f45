using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using ResumeExport.Api.Authentication;

namespace ResumeExport.Api.OpenApi;

/// <summary>
/// Reads endpoint metadata as the authorization and rate-limiting middleware do, so the document's 401/403/429 cannot
/// disagree with them.
/// </summary>
internal static class EndpointAccess
{
    /// <summary>Authorization required and not lifted by <c>AllowAnonymous</c>: 401 without a token.</summary>
    public static bool RequiresSignIn(IEnumerable<object> metadata) =>
        metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();

    /// <summary>The admin policy applies: a signed-in user who is not an admin gets 403.</summary>
    public static bool RequiresAdmin(IEnumerable<object> metadata) =>
        RequiresSignIn(metadata) && metadata.OfType<IAuthorizeData>().Any(a => a.Policy == AuthorizationPolicies.Admin);

    /// <summary>The endpoint's own policy over its group's; null when none applies.</summary>
    public static string? RateLimitPolicy(IEnumerable<object> metadata) =>
        metadata.OfType<DisableRateLimitingAttribute>().Any() ? null : metadata.OfType<EnableRateLimitingAttribute>().LastOrDefault()?.PolicyName;
}
