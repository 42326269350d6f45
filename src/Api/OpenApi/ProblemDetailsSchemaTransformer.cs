using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ResumeExport.Api.Problems;

namespace ResumeExport.Api.OpenApi;

/// <summary>
/// One <c>ProblemDetails</c> schema for every error, with our extension members; the framework's forbids extensions,
/// so every real problem (all carry <c>traceId</c>) would be invalid against it.
/// </summary>
internal sealed class ProblemDetailsSchemaTransformer : IOpenApiDocumentTransformer
{
    public const string SchemaId = "ProblemDetails";

    /// <summary>On every problem (instance and traceId are added on the way out).</summary>
    public static readonly IReadOnlyList<string> Required = ["type", "title", "status", "instance", "traceId"];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas.Remove("HttpValidationProblemDetails");
        document.Components.Schemas[SchemaId] = Create();
        return Task.CompletedTask;
    }

    private static OpenApiSchema Create() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem (application/problem+json): the body of every error answer. Switch on `type`; `title` and `detail` are for people.",
        Required = new HashSet<string>(Required),
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text(
                $"What went wrong, as a stable URI: {ProblemTypes.Validation}, …/bad-request, …/payload-too-large, …/unsupported-media-type, " +
                "…/unauthorized, …/forbidden, …/not-found, …/conflict, …/precondition-failed, …/too-many-requests, …/plan-limit-exceeded, …/service-unavailable, …/unexpected; " +
                "a 401 or 403 from sign-in checks and an unknown path or method carry the RFC 9110 section URI of their status instead."),
            ["title"] = Text("A short summary of the type."),
            ["status"] = Number(JsonSchemaType.Integer, "int32", "The HTTP status code."),
            ["detail"] = Text("What happened in this case, in words; names API fields, never server internals."),
            ["instance"] = Text("The request path."),
            ["traceId"] = Text("The W3C trace id of the request: quote it in bug reports, find it in the traces."),
            ["code"] = Text("A machine-readable reason: on every 409 (the codes each operation can answer are listed on its 409), on 412 (`stale_version`) and on some 400s."),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Validation problems (400, type …/validation): every invalid field at once, by JSON path (`sections[2].items[0].startDate`, `basics.profiles[1].url`) or parameter name, with its messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["limitName"] = Text("Plan-limit problems (403): the limit, as in plan usage (`maxResumes`, `dailyExports`, …)."),
            ["limitKind"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "Plan-limit problems: `count` (remove something), `daily` (wait for `resetsAt`) or `feature` (needs another plan).",
                Enum = [JsonValue.Create("count"), JsonValue.Create("daily"), JsonValue.Create("feature")],
            },
            ["limit"] = Number(JsonSchemaType.Integer, "int64", "Plan-limit problems: the plan's value of the limit."),
            ["usage"] = Number(JsonSchemaType.Integer, "int64", "Plan-limit problems: the usage the request was checked against."),
            ["resetsAt"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", Description = "Plan-limit problems of a daily limit: when it resets (the next UTC midnight)." },
            ["currentVersion"] = Number(JsonSchemaType.Integer, "int32", "Stale-version problems (412, and 409 `stale_version` from a stale body `version`): the resume's current version."),
            ["retryAfterSeconds"] = Number(JsonSchemaType.Integer, "int32", "429 problems: seconds to wait, as in the `Retry-After` header."),
        },
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };

    private static OpenApiSchema Number(JsonSchemaType type, string format, string description) => new() { Type = type, Format = format, Description = description };
}
