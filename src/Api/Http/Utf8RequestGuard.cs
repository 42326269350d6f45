using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using ResumeExport.Api.Problems;

namespace ResumeExport.Api.Http;

/// <summary>
/// The API reads UTF-8 only. A request whose <c>Content-Type</c> names another charset (or one that does not exist,
/// which the framework's body reader would otherwise fail on with a 500) is a 415 problem before any endpoint runs.
/// No charset passes; <c>utf-8</c> in any spelling (<c>UTF-8</c>, <c>utf8</c>, quoted) passes, normalised.
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
