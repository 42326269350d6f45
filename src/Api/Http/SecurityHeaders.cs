using Microsoft.AspNetCore.Authorization;

namespace ResumeExport.Api.Http;

/// <summary>docs/api.md#conventions; no-store so no shared cache keeps a user's data.</summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Scalar's page needs inline code and <c>'unsafe-eval'</c>; it holds no user data.</summary>
    public const string ReferencePagePolicy =
        "default-src 'none'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The public share pages: the template's inline styles, pictures and fonts as data: URLs only, the password form
    /// posting to itself, no script, nothing from any other host (decision 31).
    /// </summary>
    public const string SharePagePolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>Where the public share pages are served (<c>/s/{token}</c>).</summary>
    public const string SharePagePrefix = "/s";

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
        var sharePage = context.Request.Path.StartsWithSegments(SharePagePrefix, StringComparison.OrdinalIgnoreCase);
        headers.ContentSecurityPolicy = sharePage ? SharePagePolicy
            : context.Request.Path.StartsWithSegments(ReferencePagePrefix, StringComparison.OrdinalIgnoreCase) ? ReferencePagePolicy
            : ApiPolicy;
        if (sharePage)
        {
            // Anyone with the url may see the page, but no search engine may list it and no cache may keep it.
            headers["X-Robots-Tag"] = "noindex, nofollow";
        }

        if (sharePage || IsPersonal(context))
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
