using System.Text.Unicode;
using FluentValidation;
using FluentValidation.Results;
using ResumeExport.Api.Problems;
using ResumeExport.Domain.Common;

namespace ResumeExport.Api.Http;

/// <summary>
/// Applies <see cref="ControlCharacters"/> to every query, route and body text before any endpoint, so the rule holds
/// for fields added later and raw bodies too. A breach is a 400 keyed by JSON path, never a database 500.
/// </summary>
internal sealed class TextInputGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var failures = new List<ValidationFailure>();
        foreach (var (key, values) in context.Request.Query)
        {
            if (!ControlCharacters.AreAbsentFrom(key) || values.Any(v => !ControlCharacters.AreAbsentFrom(v)))
            {
                failures.Add(Failure(JsonTextScanner.Printable(key)));
            }
        }

        foreach (var (key, value) in context.Request.RouteValues)
        {
            if (value is string text && !ControlCharacters.AreAbsentFrom(text))
            {
                failures.Add(Failure(key));
            }
        }

        if (HasBody(context.Request))
        {
            var body = await ReadBufferedAsync(context.Request, context.RequestAborted);
            if (!Utf8.IsValid(body.Span))
            {
                failures.Add(RequestValidation.FailureOf("body", "The body must be UTF-8 text."));
            }
            else
            {
                failures.AddRange(JsonTextScanner.FindBrokenStrings(body.Span).Select(Failure));
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        await next(context);
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    /// <summary>Buffers the body (too large is Kestrel's 413) and rewinds it for the endpoint.</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadBufferedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, cancellationToken);
        request.Body.Position = 0;
        return copy.GetBuffer().AsMemory(0, (int)copy.Length);
    }

    private static ValidationFailure Failure(string path)
    {
        var field = path[(path.LastIndexOf('.') + 1)..];
        return RequestValidation.FailureOf(path, $"'{field}' {ControlCharacters.Rule}, and must be valid Unicode text.");
    }
}
