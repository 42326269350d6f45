using Microsoft.AspNetCore.Authorization;

namespace ResumeExport.Api.Http;

/// <summary>
/// HTTP hygiene on every response (SPEC, additions v2): <c>X-Content-Type-Options: nosniff</c>,
/// <c>Referrer-Policy: no-referrer</c>, a Content-Security-Policy that lets a response load nothing and be framed by no
/// one (the API reference page gets <see cref="ReferencePagePolicy"/>, what its own script and styles need, from this
/// origin only), and <c>Cache-Control: no-store</c> on everything a signed-in caller gets (downloads included) so no
/// shared cache keeps a user's data. The <c>Server</c> header is switched off in Kestrel.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Scalar's page is one HTML document with an inline configuration script and inline styles, loading its bundle,
    /// the OpenAPI document and nothing else from this origin; "Try it" calls go to this origin only. Its bundle
    /// compiles code at run time (Chromium reports a <c>script-src eval</c> violation without <c>'unsafe-eval'</c>).
    /// The page holds no user data and loads nothing from elsewhere, so that is what it gets.
    /// </summary>
    public const string ReferencePagePolicy =
        "default-src 'none'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Where the interactive API reference (and its assets) is served.</summary>
    public const string ReferencePagePrefix = "/scalar";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ReferencePagePrefix, StringComparison.OrdinalIgnoreCase)
            ? ReferencePagePolicy
            : ApiPolicy;
        if (IsPersonal(context))
        {
            headers.CacheControl = "no-store";
        }
    }

    /// <summary>Answers to a signed-in caller, or from an endpoint that needs one (its 401 included).</summary>
    private static bool IsPersonal(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true || context.Request.Headers.Authorization.Count > 0)
        {
            return true;
        }

        var metadata = context.GetEndpoint()?.Metadata;
        return metadata is not null && metadata.GetMetadata<IAuthorizeData>() is not null && metadata.GetMetadata<IAllowAnonymous>() is null;
    }
}
