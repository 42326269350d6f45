using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using ResumeExport.Api.Problems;
using ResumeExport.Api.RateLimiting;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Api.OpenApi;

/// <summary>
/// An operation's example problems, built by the code that writes real ones; ids and dates are fixed so the document
/// is reproducible.
/// </summary>
internal sealed class ProblemExamples
{
    public const string ExampleId = "0199b5e2-4c1a-7d3e-9f20-6a8b1c2d3e4f";
    private const string ExampleTraceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    private const string ExampleText = "example";
    private const int ExampleRetryAfterSeconds = 5;

    /// <summary>The noun the API's 404 detail uses for an id that follows each collection segment of a path.</summary>
    private static readonly Dictionary<string, string> ResourceBySegment = new(StringComparer.Ordinal)
    {
        ["resumes"] = "Resume",
        ["exports"] = "Export",
        ["failed-emails"] = "E-mail job",
        ["bulk"] = "Bulk apply",
        ["webhooks"] = "Webhook provider",
        ["failed"] = "Webhook event",
        ["templates"] = "Template",
    };

    private static readonly DateTimeOffset ExampleReset = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    private readonly ApiDescription description;
    private readonly JsonSerializerOptions json;
    private readonly string instance;

    public ProblemExamples(ApiDescription description, JsonSerializerOptions json)
    {
        this.description = description;
        this.json = json;
        // As a client sends it: example values, no trailing "/" on a group's root.
        instance = "/" + PathParameters
            .Aggregate(description.RelativePath ?? string.Empty, (path, p) => path.Replace($"{{{p.Name}}}", ExampleValue(p), StringComparison.Ordinal))
            .TrimEnd('/');
    }

    /// <summary>Null when there is no body or the handler reads it raw (<c>Accepts</c> alone has no parameter).</summary>
    public Type? JsonBodyType => description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body && p.ParameterDescriptor is not null)?.Type;

    private IEnumerable<ApiParameterDescription> PathParameters => description.ParameterDescriptions.Where(p => p.Source == BindingSource.Path);

    /// <summary>A wrong body field, else a bad id or number, else a non-UTF-8 body.</summary>
    public Dictionary<string, IOpenApiExample> BadRequest()
    {
        if (JsonBodyType is { } body && FirstJsonPath(body) is { } path)
        {
            return One("invalidField", $"The body's '{path}' has the wrong type.", Validation("The request body is not valid JSON for this endpoint.", path, "This value has the wrong type."));
        }

        var parameter = description.ParameterDescriptions.FirstOrDefault(p =>
            (p.Source == BindingSource.Path || p.Source == BindingSource.Query) && BindingFailures.WhatItMustBe(Nullable.GetUnderlyingType(p.Type) ?? p.Type) is not null);
        if (parameter is not null)
        {
            var expectation = BindingFailures.WhatItMustBe(Nullable.GetUnderlyingType(parameter.Type) ?? parameter.Type);
            return One("invalidValue", $"'{parameter.Name}' is not {expectation}.", Validation("One or more request values are not valid.", parameter.Name, $"'{parameter.Name}' must be {expectation}."));
        }

        return One("invalidText", "The body is not UTF-8 text.", Validation("One or more validation errors occurred.", "body", "The body must be UTF-8 text."));
    }

    /// <summary>From the bearer check (signed-in operations) or from the use case (sign-in itself).</summary>
    public Dictionary<string, IOpenApiExample> Unauthorized(bool fromSignInCheck) => fromSignInCheck
        ? One("notSignedIn", "No valid bearer token.", Problem("https://tools.ietf.org/html/rfc9110#section-15.5.2", "Unauthorized", 401, null))
        : One("wrongCredentials", "Wrong e-mail or password.", Problem(ProblemTypes.Unauthorized, "Unauthorized.", 401, "The e-mail or password is incorrect."));

    public Dictionary<string, IOpenApiExample> Forbidden(bool admin, IReadOnlyList<string> limitNames, bool wrongPassword)
    {
        var examples = new Dictionary<string, IOpenApiExample>(StringComparer.Ordinal);
        if (wrongPassword)
        {
            examples["wrongPassword"] = Example("The re-entered password is incorrect.", Problem(ProblemTypes.Forbidden, "Forbidden.", 403, "The password is incorrect."));
        }

        if (admin)
        {
            examples["notAdmin"] = Example("The caller is not an admin.", Problem("https://tools.ietf.org/html/rfc9110#section-15.5.4", "Forbidden", 403, null));
        }

        foreach (var limitName in limitNames)
        {
            examples[limitName] = Example($"{limitName} exceeded on the free plan.", PlanLimit(ExceededOnTheFreePlan(limitName)));
        }

        return examples.Count > 0
            ? examples
            : throw new InvalidOperationException($"{description.RelativePath}: a 403 is the admin policy, a plan limit or a wrong password; declare it with ProducesPlanLimit(...) or ProducesWrongPassword().");
    }

    public Dictionary<string, IOpenApiExample> NotFound()
    {
        if (PathParameters.FirstOrDefault() is not { } parameter)
        {
            return One("accountGone", "The signed-in account no longer exists.", Problem(ProblemTypes.NotFound, "Not found.", 404, $"User '{ExampleId}' was not found."));
        }

        var (resource, value) = (ResourceNamedBy(parameter), ExampleValue(parameter));
        var summary = value == ExampleId ? $"No {resource.ToLowerInvariant()} of the caller's has this id." : $"There is no {resource.ToLowerInvariant()} '{value}'.";
        return One("notFound", summary, Problem(ProblemTypes.NotFound, "Not found.", 404, $"{resource} '{value}' was not found."));
    }

    public Dictionary<string, IOpenApiExample> Conflict(IReadOnlyList<string> codes)
    {
        if (codes.Count == 0)
        {
            throw new InvalidOperationException($"{description.RelativePath}: declare its 409 with ProducesConflict(codes), so clients know what to switch on.");
        }

        return codes.ToDictionary(
            code => code,
            code => (IOpenApiExample)Example($"code {code}", Problem(ProblemTypes.Conflict, "Conflict.", 409, ConflictDetails.ExampleDetail(code), new() { ["code"] = code })),
            StringComparer.Ordinal);
    }

    public Dictionary<string, IOpenApiExample> PreconditionFailed() =>
        One("staleVersion", "If-Match names version 3; the resume is at version 4.", Problem(
            ProblemTypes.PreconditionFailed, "Precondition failed.", 412, "The resume is at version 4, not 3 (If-Match). Reload it and apply your changes again.",
            new() { ["code"] = ConflictCodes.StaleVersion, ["currentVersion"] = 4 }));

    public Dictionary<string, IOpenApiExample> PayloadTooLarge(long maxRequestBodyBytes) =>
        One("tooLarge", "The body is over the size limit.", Problem(
            ProblemTypes.PayloadTooLarge, "The request body is too large.", 413, $"The request body may be at most {maxRequestBodyBytes.ToString(CultureInfo.InvariantCulture)} bytes."));

    public Dictionary<string, IOpenApiExample> UnsupportedMediaType()
    {
        var examples = One("notUtf8", "A charset other than UTF-8.", Problem(
            ProblemTypes.UnsupportedMediaType, "The request body must be UTF-8.", 415,
            "Send JSON as UTF-8: Content-Type: application/json (charset=utf-8 may be given; no other charset is accepted)."));
        if (JsonBodyType is not null)
        {
            // The framework refuses it before any handler, with its own RFC 9110 problem.
            examples["notJson"] = Example("A body that is not application/json.", Problem("https://tools.ietf.org/html/rfc9110#section-15.5.16", "Unsupported Media Type", 415, null));
        }

        return examples;
    }

    public Dictionary<string, IOpenApiExample> TooManyRequests(string? policy) =>
        One("tooMany", $"Wait {ExampleRetryAfterSeconds} seconds.", Problem(
            ProblemTypes.TooManyRequests, "Too many requests.", 429, $"{RateLimitPolicies.WhatWasLimited(policy)} Try again in {ExampleRetryAfterSeconds} seconds.",
            new() { ["retryAfterSeconds"] = ExampleRetryAfterSeconds }));

    /// <summary>From the real policy, so texts and figures match what the API sends.</summary>
    private static PlanLimitCheck ExceededOnTheFreePlan(string limitName)
    {
        var free = DefaultPlans.All.Single(p => p.Code == PlanCodes.Free).Limit;
        var atLimit = new PlanUsage(free.MaxResumes, free.DailyExports, free.DailyUploadBytes, free.DailyBulkApplies);
        return limitName switch
        {
            PlanLimitNames.MaxResumes => PlanLimitPolicy.CanCreateResume(free, atLimit),
            PlanLimitNames.MaxSectionsPerResume => PlanLimitPolicy.CanHaveSections(free, free.MaxSectionsPerResume + 1),
            PlanLimitNames.PremiumTemplates => PlanLimitPolicy.CanUseTemplate(free, templateIsPremium: true),
            PlanLimitNames.ExportFormats => PlanLimitPolicy.CanExportFormat(free, ExportFormats.Docx),
            PlanLimitNames.ShareLinks => PlanLimitPolicy.CanShareLinks(free),
            PlanLimitNames.DailyExports => PlanLimitPolicy.CanEnqueueExport(free, atLimit),
            PlanLimitNames.DailyUploadBytes => PlanLimitPolicy.HasUploadBytesLeft(free, atLimit),
            PlanLimitNames.DailyBulkApplies => PlanLimitPolicy.CanBulkApply(free, atLimit),
            PlanLimitNames.MaxBulkApplyRecipients => PlanLimitPolicy.CanSendApplications(free, free.MaxBulkApplyRecipients + 1),
            _ => throw new InvalidOperationException($"'{limitName}' is not a plan limit (PlanLimitNames)."),
        };
    }

    private JsonObject PlanLimit(PlanLimitCheck check)
    {
        var kind = PlanLimitNames.KindOf(check.LimitName);
        var extensions = new JsonObject
        {
            ["limitName"] = check.LimitName,
            ["limitKind"] = kind.ToString().ToLowerInvariant(),
            ["limit"] = check.Limit,
            ["usage"] = check.Usage,
        };
        if (kind == PlanLimitKind.Daily)
        {
            extensions["resetsAt"] = ExampleReset.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        return Problem(ProblemTypes.PlanLimitExceeded, "Plan limit exceeded.", 403, PlanLimitTexts.Describe(check, ExampleReset), extensions);
    }

    private JsonObject Validation(string title, string field, string message) =>
        Problem(ProblemTypes.Validation, title, 400, null, new() { ["errors"] = new JsonObject { [field] = new JsonArray(message) } });

    /// <summary>Members in the order the API writes them: RFC 9457 ones, then extensions, then <c>traceId</c>.</summary>
    private JsonObject Problem(string type, string title, int status, string? detail, JsonObject? extensions = null)
    {
        var problem = new JsonObject { ["type"] = type, ["title"] = title, ["status"] = status };
        if (detail is not null)
        {
            problem["detail"] = detail;
        }

        problem["instance"] = instance;
        foreach (var (name, value) in extensions ?? new JsonObject())
        {
            problem[name] = value?.DeepClone();
        }

        problem["traceId"] = ExampleTraceId;
        return problem;
    }

    /// <summary>A body field's path in the <c>[0]</c> form a type error reports (<c>sections[0].items[0].text</c>).</summary>
    private string? FirstJsonPath(Type bodyType)
    {
        var path = new StringBuilder();
        var type = bodyType;
        while (json.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object, Properties.Count: > 0 } info)
        {
            var list = info.Properties.Select(p => (Property: p, Element: ObjectElementOf(p.PropertyType))).FirstOrDefault(p => p.Element is not null);
            var property = list.Property ?? info.Properties[0];
            path.Append(path.Length == 0 ? string.Empty : ".").Append(property.Name);
            if (list.Element is null)
            {
                return path.ToString();
            }

            path.Append("[0]");
            type = list.Element;
        }

        return path.Length == 0 ? null : path.ToString();
    }

    private Type? ObjectElementOf(Type type) =>
        json.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } element } && json.GetTypeInfo(element).Kind == JsonTypeInfoKind.Object ? element : null;

    private string ResourceNamedBy(ApiParameterDescription parameter)
    {
        var segments = (description.RelativePath ?? string.Empty).Split('/');
        var index = Array.IndexOf(segments, $"{{{parameter.Name}}}");
        return index > 0 && ResourceBySegment.TryGetValue(segments[index - 1], out var resource)
            ? resource
            : throw new InvalidOperationException($"{description.RelativePath}: say in {nameof(ResourceBySegment)} what the id after '{(index > 0 ? segments[index - 1] : "?")}' names.");
    }

    private static string ExampleValue(ApiParameterDescription parameter) =>
        (Nullable.GetUnderlyingType(parameter.Type) ?? parameter.Type) == typeof(Guid) ? ExampleId : ExampleText;

    private static Dictionary<string, IOpenApiExample> One(string name, string summary, JsonObject value) =>
        new(StringComparer.Ordinal) { [name] = Example(summary, value) };

    private static OpenApiExample Example(string summary, JsonObject value) => new() { Summary = summary, Value = value };
}
