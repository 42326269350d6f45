using System.Text.Json.Nodes;

namespace ResumeExport.Integration.Tests.Hostile;

/// <summary>
/// A plausible value for a JSON schema of the document (references resolved, every property filled): the fallback
/// body for an operation the probe has no hand-written example of, so a new endpoint is probed from its first day.
/// </summary>
public static class JsonSchemaSample
{
    public static JsonNode? For(JsonNode? schema, JsonNode document, int depth = 0)
    {
        schema = Resolve(schema, document);
        if (schema is null || depth > 6)
        {
            return null;
        }

        if (schema["enum"] is JsonArray { Count: > 0 } values)
        {
            return values[0]?.DeepClone();
        }

        return TypeOf(schema) switch
        {
            "object" => Object(schema, document, depth),
            "array" => new JsonArray(For(schema["items"], document, depth + 1)),
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(1.5),
            "boolean" => JsonValue.Create(true),
            "string" => JsonValue.Create(schema["format"]?.GetValue<string>() switch
            {
                "uuid" => Guid.NewGuid().ToString(),
                "date-time" => "2026-01-01T00:00:00Z",
                "date" => "2026-01-01",
                "email" => "probe@example.com",
                "uri" => "https://example.com/",
                _ => "text",
            }),
            _ => null,
        };
    }

    /// <summary>Follows a <c>$ref</c> to <c>#/components/schemas/…</c>.</summary>
    public static JsonNode? Resolve(JsonNode? schema, JsonNode document)
    {
        var hops = 0;
        while (schema?["$ref"]?.GetValue<string>() is { } reference && hops++ < 10)
        {
            schema = document["components"]?["schemas"]?[reference.Split('/')[^1]];
        }

        return schema;
    }

    private static string? TypeOf(JsonNode schema) => schema["type"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
        _ => schema["properties"] is not null ? "object" : null,
    };

    private static JsonObject Object(JsonNode schema, JsonNode document, int depth)
    {
        var result = new JsonObject();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            result[name] = For(property, document, depth + 1);
        }

        return result;
    }
}
