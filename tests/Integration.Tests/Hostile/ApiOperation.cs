using System.Text.Json.Nodes;

namespace ResumeExport.Integration.Tests.Hostile;

/// <summary>One operation of the OpenAPI document, as much of it as a probe needs.</summary>
/// <param name="Parameters">Path, query and header parameters with their schema.</param>
/// <param name="BodySchema">The JSON request body's schema (references resolved on use), or null.</param>
/// <param name="Anonymous">The document marks it public (an empty security requirement).</param>
public sealed record ApiOperation(
    string Method,
    string PathTemplate,
    string OperationId,
    IReadOnlyList<ApiParameter> Parameters,
    JsonNode? BodySchema,
    bool Anonymous)
{
    public string Name => $"{Method} {PathTemplate}";

    /// <summary>Every operation in the document.</summary>
    public static IReadOnlyList<ApiOperation> AllIn(JsonNode document)
    {
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => new ApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["schema"]))
                    .ToArray();
                var body = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                var anonymous = operation["security"] is JsonArray { Count: 0 };
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, operation["operationId"]?.GetValue<string>() ?? $"{method} {path}", parameters, body, anonymous));
            }
        }

        return operations;
    }
}
