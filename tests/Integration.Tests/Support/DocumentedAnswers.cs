using System.Globalization;
using System.Text.Json.Nodes;

namespace ResumeExport.Integration.Tests.Support;

/// <summary>
/// What the API's OpenAPI document says one operation can answer, and whether a real answer keeps to it: its status is
/// documented; a 4xx is a problem with the members the problem schema requires and no member the schema does not
/// describe; a 409's <c>code</c> and a 403's <c>limitName</c> are among the documented examples'; a 429 has <c>Retry-After</c>.
/// </summary>
public sealed class DocumentedAnswers
{
    private readonly JsonObject responses;
    private readonly JsonObject problemSchema;

    private DocumentedAnswers(string name, JsonObject responses, JsonObject problemSchema)
    {
        Name = name;
        this.responses = responses;
        this.problemSchema = problemSchema;
    }

    /// <summary>Method and path template, e.g. <c>GET /api/resumes/{id}</c>.</summary>
    public string Name { get; }

    public IReadOnlyCollection<int> Statuses => responses.Select(r => int.Parse(r.Key, CultureInfo.InvariantCulture)).ToArray();

    public static DocumentedAnswers Of(JsonNode document, string method, string pathTemplate) =>
        new($"{method.ToUpperInvariant()} {pathTemplate}",
            document["paths"]![pathTemplate]![method.ToLowerInvariant()]!["responses"]!.AsObject(),
            document["components"]!["schemas"]!["ProblemDetails"]!.AsObject());

    public static DocumentedAnswers Of(JsonNode document, string operationId)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation!["operationId"]?.GetValue<string>() == operationId)
                {
                    return Of(document, method, path);
                }
            }
        }

        throw new ArgumentException($"The document has no operation '{operationId}'.", nameof(operationId));
    }

    /// <summary>The example problems documented for <paramref name="status"/>.</summary>
    public IReadOnlyList<JsonObject> Examples(int status) =>
        responses[status.ToString(CultureInfo.InvariantCulture)]?["content"]?["application/problem+json"]?["examples"]?.AsObject()
            .Select(e => e.Value!["value"]!.AsObject()).ToArray() ?? [];

    /// <summary>Why the real answer departs from the document, or null when it keeps to it.</summary>
    /// <param name="problem">The <c>application/problem+json</c> body, or null when the answer was not a problem.</param>
    /// <param name="retryAfter">The answer's <c>Retry-After</c> header, or null.</param>
    public string? Mismatch(int status, JsonNode? problem, string? retryAfter = null)
    {
        if (!Statuses.Contains(status))
        {
            return $"{Name} answered {status}, which it does not document ({string.Join(", ", Statuses.Order())})";
        }

        if (status is < 400 or >= 500)
        {
            return null;
        }

        if (problem is not JsonObject body)
        {
            return $"{Name} answered {status} without a problem body";
        }

        var documented = problemSchema["properties"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var missing = problemSchema["required"]!.AsArray().Select(r => r!.GetValue<string>()).Where(r => !body.ContainsKey(r)).ToArray();
        var unknown = body.Select(m => m.Key).Where(m => !documented.Contains(m)).ToArray();
        if (missing.Length > 0 || unknown.Length > 0)
        {
            return $"{Name} {status}: problem lacks [{string.Join(", ", missing)}] / has undocumented [{string.Join(", ", unknown)}]: {body.ToJsonString()}";
        }

        if (status == 409 && !ExampleValues(status, "code").Contains(body["code"]?.GetValue<string>()))
        {
            return $"{Name} 409 with code '{body["code"]}', which is not documented ({string.Join(", ", ExampleValues(status, "code"))})";
        }

        if (body["limitName"]?.GetValue<string>() is { } limitName && !ExampleValues(status, "limitName").Contains(limitName))
        {
            return $"{Name} {status} names the limit '{limitName}', which is not documented";
        }

        if (status == 429 && retryAfter is null)
        {
            return $"{Name} 429 without Retry-After";
        }

        return null;
    }

    /// <summary>
    /// Why no documented example of <paramref name="status"/> is realistic for the real answer, or null: an example is
    /// realistic when the real answer has every member the example shows, with the same <c>type</c>.
    /// </summary>
    public string? ExampleMismatch(int status, JsonObject problem)
    {
        var examples = Examples(status);
        return examples.Any(e => e.All(m => problem.ContainsKey(m.Key)) && e["type"]!.GetValue<string>() == problem["type"]?.GetValue<string>())
            ? null
            : $"{Name} {status}: no documented example has the members and type of the real answer {problem.ToJsonString()}";
    }

    private HashSet<string?> ExampleValues(int status, string member) =>
        Examples(status).Select(e => e[member]?.GetValue<string>()).Where(v => v is not null).ToHashSet(StringComparer.Ordinal);
}
