using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using ResumeExport.Api.Problems;

namespace ResumeExport.Api.Http;

/// <summary>
/// Any non-UTF-8 (or unknown) charset is a 415 before any endpoint, instead of the body reader's 500. No charset, or
/// <c>utf-8</c> in any spelling, passes.
/// </summary>
internal sealed class Utf8RequestGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var contentType = context.Request.ContentType;
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || !mediaType.Charset.HasValue)
        {
            await next(context);
            return;
        }

        if (IsUtf8(mediaType.Charset.Value))
        {
            // Spelled the one way the framework's reader understands (it fails on a quoted "utf-8").
            mediaType.Charset = "utf-8";
            context.Request.ContentType = mediaType.ToString();
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Type = ProblemTypes.UnsupportedMediaType,
                Title = "The request body must be UTF-8.",
                Detail = "Send JSON as UTF-8: Content-Type: application/json (charset=utf-8 may be given; no other charset is accepted).",
            },
        });
    }

    private static bool IsUtf8(string? charset) =>
        charset?.Trim('"', ' ') is { } name && (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase));
}
