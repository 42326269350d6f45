using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using ResumeExport.Api.Http;

namespace ResumeExport.Api.OpenApi;

/// <summary>
/// Documents every 4xx an operation can answer with the one <see cref="ProblemDetailsSchemaTransformer">ProblemDetails</see>
/// schema and <see cref="ProblemExamples"/>: what the endpoint declares (<see cref="ProblemResponseConventions"/>), plus
/// what every request can get from <see cref="TextInputGuard"/>, <see cref="Utf8RequestGuard"/>, the body size limit,
/// auth and rate limits (<see cref="EndpointAccess"/>).
/// </summary>
internal sealed class ProblemResponsesTransformer(IOptions<ApiOptions> api, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var signIn = EndpointAccess.RequiresSignIn(metadata);
        var admin = EndpointAccess.RequiresAdmin(metadata);
        var rateLimitPolicy = EndpointAccess.RateLimitPolicy(metadata);
        var conflictCodes = metadata.OfType<ConflictCodesMetadata>().SelectMany(m => m.Codes).Distinct().ToArray();
        var limitNames = metadata.OfType<PlanLimitsMetadata>().SelectMany(m => m.LimitNames).Distinct().ToArray();
        var wrongPassword = metadata.OfType<PasswordConfirmationMetadata>().Any();

        operation.Responses ??= [];
        var statuses = new SortedSet<int>(operation.Responses.Keys.Select(StatusOf).Where(s => s is >= 400 and < 500))
        {
            StatusCodes.Status400BadRequest,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType,
        };
        if (signIn)
        {
            statuses.Add(StatusCodes.Status401Unauthorized);
        }

        if (admin)
        {
            statuses.Add(StatusCodes.Status403Forbidden);
        }

        if (rateLimitPolicy is not null)
        {
            statuses.Add(StatusCodes.Status429TooManyRequests);
        }

        var examples = new ProblemExamples(context.Description, json.Value.SerializerOptions);
        foreach (var status in statuses)
        {
            var response = new OpenApiResponse
            {
                Description = status switch
                {
                    StatusCodes.Status401Unauthorized => signIn
                        ? "Unauthorized: no bearer token, or one that is expired, forged or not issued by this API. Sign in again."
                        : "Unauthorized: the e-mail or password is incorrect (one answer for both).",
                    StatusCodes.Status403Forbidden => ForbiddenDescription(admin, limitNames, wrongPassword),
                    StatusCodes.Status409Conflict => $"Conflict with the current state; `code` says which: {string.Join(", ", conflictCodes.Select(c => $"`{c}` ({ConflictDetails.ExampleDetail(c)})"))}",
                    StatusCodes.Status413PayloadTooLarge => $"Payload too large: the request body is over {api.Value.MaxRequestBodyBytes.ToString(CultureInfo.InvariantCulture)} bytes.",
                    _ => Descriptions.TryGetValue(status, out var text) ? text : throw new InvalidOperationException($"{context.Description.RelativePath}: no description for a {status} problem."),
                },
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ProblemJson] = new()
                    {
                        Schema = new OpenApiSchemaReference(ProblemDetailsSchemaTransformer.SchemaId, context.Document),
                        Examples = status switch
                        {
                            StatusCodes.Status400BadRequest => examples.BadRequest(),
                            StatusCodes.Status401Unauthorized => examples.Unauthorized(signIn),
                            StatusCodes.Status403Forbidden => examples.Forbidden(admin, limitNames, wrongPassword),
                            StatusCodes.Status404NotFound => examples.NotFound(),
                            StatusCodes.Status409Conflict => examples.Conflict(conflictCodes),
                            StatusCodes.Status412PreconditionFailed => examples.PreconditionFailed(),
                            StatusCodes.Status413PayloadTooLarge => examples.PayloadTooLarge(api.Value.MaxRequestBodyBytes),
                            StatusCodes.Status415UnsupportedMediaType => examples.UnsupportedMediaType(),
                            StatusCodes.Status429TooManyRequests => examples.TooManyRequests(rateLimitPolicy),
                            _ => throw new InvalidOperationException($"{context.Description.RelativePath}: no example for a {status} problem."),
                        },
                    },
                },
            };
            if (status == StatusCodes.Status429TooManyRequests)
            {
                response.Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["Retry-After"] = new OpenApiHeader
                    {
                        Description = "Seconds to wait before trying again.",
                        Required = true,
                        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                    },
                };
            }

            operation.Responses[status.ToString(CultureInfo.InvariantCulture)] = response;
        }

        SortByStatus(operation.Responses);
        return Task.CompletedTask;
    }

    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [StatusCodes.Status400BadRequest] =
            "Bad request: a value of the body, path or query is not valid (type …/validation: `errors` names every invalid field at once, " +
            "by JSON path or parameter name; text with control characters is refused in every field), or the request breaks a rule " +
            "(type …/bad-request, with a `code`).",
        [StatusCodes.Status404NotFound] =
            "Not found: what the request names (an id in the path or body, a provider, a pending change) does not exist for the caller " +
            "(another user's item is 404 too, never 403), or the signed-in account no longer exists.",
        [StatusCodes.Status412PreconditionFailed] =
            "Precondition failed: `If-Match` names a version that is no longer the current one; `currentVersion` holds it (reload, merge, send again).",
        [StatusCodes.Status415UnsupportedMediaType] =
            "Unsupported media type: a `Content-Type` charset other than UTF-8, or (where the operation reads a JSON body) a body that is not `application/json`.",
        [StatusCodes.Status429TooManyRequests] =
            "Too many requests in a short time: wait the seconds in `Retry-After` (also `retryAfterSeconds`) before trying again.",
    };

    private static string ForbiddenDescription(bool admin, IReadOnlyList<string> limitNames, bool wrongPassword)
    {
        var reasons = new List<string>();
        if (wrongPassword)
        {
            reasons.Add("Forbidden: the re-entered `password` is incorrect.");
        }

        if (admin)
        {
            reasons.Add("Forbidden: the operation is for admins.");
        }

        if (limitNames.Count > 0)
        {
            reasons.Add($"Plan limit exceeded (type …/plan-limit-exceeded): `limitName` is one of {string.Join(", ", limitNames.Select(n => $"`{n}`"))}, " +
                "with `limitKind`, `limit`, `usage` and, for a daily limit, `resetsAt`.");
        }

        return string.Join(' ', reasons);
    }

    private static int StatusOf(string key) => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : 0;

    private static void SortByStatus(OpenApiResponses responses)
    {
        var sorted = responses.OrderBy(r => StatusOf(r.Key)).ThenBy(r => r.Key, StringComparer.Ordinal).ToArray();
        responses.Clear();
        foreach (var (key, response) in sorted)
        {
            responses[key] = response;
        }
    }
}
