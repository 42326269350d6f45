using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Previews;
using ResumeExport.Domain.Common;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Api.Problems;

/// <summary>
/// The one place exceptions become RFC 9457 problems: known failures a 4xx with a stable <c>type</c>, anything else a
/// 500 revealing only a trace id.
/// </summary>
internal sealed partial class GlobalExceptionHandler(IProblemDetailsService problems, TimeProvider clock, ILogger<GlobalExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => ValidationProblem(validation),
            BadHttpRequestException badRequest => BadRequestProblem(httpContext, badRequest),
            PlanLimitExceededException limit => PlanLimitProblem(limit.Check, PlanLimitPolicy.NextDailyReset(clock.GetUtcNow())),
            StaleResumeException stale => StaleProblem(stale),
            PreconditionFailedException precondition => PreconditionProblem(precondition),
            DomainException domain => Problem(StatusCodes.Status400BadRequest, ProblemTypes.BadRequest, "The request breaks a rule.", domain.Message, domain.Code),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found.", notFound.Message, notFound.Code),
            ConflictException conflict => Problem(StatusCodes.Status409Conflict, ProblemTypes.Conflict, "Conflict.", conflict.Message, conflict.Code),
            UnauthorizedException unauthorized => Problem(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "Unauthorized.", unauthorized.Message),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Forbidden.", forbidden.Message),
            _ => null,
        };

        if (problem is null && exception is ServiceBusyException busy)
        {
            // Backpressure (decision 34): a retryable refusal with nothing queued, not an outage.
            var seconds = (int)Math.Ceiling(busy.RetryAfter.TotalSeconds);
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            problem = Problem(StatusCodes.Status503ServiceUnavailable, ProblemTypes.ServiceUnavailable, "The service is temporarily unavailable.", busy.Message, busy.Code);
            problem.Extensions["retryAfterSeconds"] = seconds;
        }

        if (problem is null && exception is PdfRasterizingException)
        {
            // The preview could not be drawn now (busy or timed out); the next view tries again.
            httpContext.Response.Headers.RetryAfter = "2";
            problem = Problem(StatusCodes.Status503ServiceUnavailable, ProblemTypes.ServiceUnavailable, "The service is temporarily unavailable.",
                "The preview could not be made right now. Try again in a few seconds.");
        }

        if (problem is null && DatabaseFailures.IsUnavailable(exception))
        {
            // An outage, not a bug: a retryable 503; readiness already tells the load balancer.
            LogDatabaseUnavailable(httpContext.Request.Method, httpContext.Request.Path, exception.GetType().Name);
            httpContext.Response.Headers.RetryAfter = "5";
            problem = Problem(StatusCodes.Status503ServiceUnavailable, ProblemTypes.ServiceUnavailable, "The service is temporarily unavailable.",
                "The database is unavailable or overloaded right now. Try again in a few seconds.");
        }

        if (problem is null)
        {
            LogUnexpected(exception, httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, ProblemTypes.Unexpected, "An unexpected error occurred.", null);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (!httpContext.Response.HasStarted && AcceptsOnlyEventStream(httpContext.Request))
        {
            // A status stream's client (fetch or EventSource) accepts text/event-stream only; the stream never started,
            // so it gets the problem like everyone else rather than a bodiless 500 from a writer that declined.
            httpContext.Request.Headers.Accept = Microsoft.Extensions.Primitives.StringValues.Empty;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails PlanLimitProblem(PlanLimitCheck check, DateTimeOffset resetsAt)
    {
        var kind = PlanLimitNames.KindOf(check.LimitName);
        var problem = Problem(StatusCodes.Status403Forbidden, ProblemTypes.PlanLimitExceeded, "Plan limit exceeded.", PlanLimitTexts.Describe(check, resetsAt));
        problem.Extensions["limitName"] = check.LimitName;
        problem.Extensions["limitKind"] = kind.ToString().ToLowerInvariant();
        problem.Extensions["limit"] = check.Limit;
        problem.Extensions["usage"] = check.Usage;
        if (kind == PlanLimitKind.Daily)
        {
            problem.Extensions["resetsAt"] = resetsAt;
        }

        return problem;
    }

    private static ProblemDetails PreconditionProblem(PreconditionFailedException precondition)
    {
        var problem = Problem(StatusCodes.Status412PreconditionFailed, ProblemTypes.PreconditionFailed, "Precondition failed.", precondition.Message, ConflictCodes.StaleVersion);
        problem.Extensions["currentVersion"] = precondition.CurrentVersion;
        return problem;
    }

    private static ProblemDetails StaleProblem(StaleResumeException stale)
    {
        var problem = Problem(StatusCodes.Status409Conflict, ProblemTypes.Conflict, "Conflict.", stale.Message, ConflictCodes.StaleVersion);
        problem.Extensions["currentVersion"] = stale.CurrentVersion;
        return problem;
    }

    private static ValidationProblemDetails ValidationProblem(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => e.CustomState == RequestValidation.ExactFieldName ? e.PropertyName : JsonPaths.FromPropertyPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.Validation,
            Title = "One or more validation errors occurred.",
        };
    }

    private static ProblemDetails BadRequestProblem(HttpContext httpContext, BadHttpRequestException exception)
    {
        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var limit = httpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            return Problem(StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge, "The request body is too large.",
                limit is null ? "The request body is too large." : $"The request body may be at most {limit} bytes.");
        }

        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType, "The request body must be JSON.",
                "Send the body as UTF-8 JSON with Content-Type: application/json.");
        }

        if (exception.InnerException is JsonException json)
        {
            // Malformed JSON, a wrong type or an unknown field: name the field the serializer stopped at.
            var field = JsonPaths.FromJsonExceptionPath(json.Path);
            return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [JsonErrorMessage(json)] })
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.Validation,
                Title = "The request body is not valid JSON for this endpoint.",
            };
        }

        // Never the framework's text, which names CLR types.
        var errors = BindingFailures.Describe(httpContext);
        return errors.Count > 0
            ? new ValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.Validation,
                Title = errors.ContainsKey("body") ? "The request body is missing." : "One or more request values are not valid.",
            }
            : Problem(StatusCodes.Status400BadRequest, ProblemTypes.BadRequest, "Bad request.", "The request could not be read. The API reference is at /scalar/v1.");
    }

    // The serializer's messages name CLR types; keep the useful part and never echo the body.
    private static string JsonErrorMessage(JsonException json) =>
        json.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "This field is not part of the request."
        : json.Message.Contains("could not be converted", StringComparison.Ordinal) ? "This value has the wrong type."
        : "The JSON is malformed here.";

    private static ProblemDetails Problem(int status, string type, string title, string? detail, string? code = null)
    {
        var problem = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        return problem;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable for {Method} {Path} ({ExceptionType}); answered 503")]
    private partial void LogDatabaseUnavailable(string method, string path, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private partial void LogUnexpected(Exception exception, string method, string path);

    private static bool AcceptsOnlyEventStream(HttpRequest request) =>
        request.GetTypedHeaders().Accept is { Count: > 0 } accept
        && accept.All(a => a.MediaType.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase));
}
