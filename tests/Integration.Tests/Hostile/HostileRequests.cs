using System.Text;
using System.Text.Json.Nodes;

namespace ResumeExport.Integration.Tests.Hostile;

/// <summary>
/// The hostile variants of one operation, from its OpenAPI description: every path, query and header parameter with
/// bad values; every field of a valid body with control characters, a lone surrogate, wrong types, huge numbers and
/// huge strings; then the body as a whole malformed, empty, deep, huge, unknown-fielded, mis-typed and mis-encoded;
/// and the request under forged tokens. Deterministic and bounded (at most <see cref="MaxPerOperation"/>).
/// </summary>
public static class HostileRequests
{
    public const int MaxPerOperation = 400;

    /// <summary>Written into JSON text after serialisation: a writer refuses to produce an unpaired surrogate itself.</summary>
    private const string LoneSurrogateMarker = "__LONE_SURROGATE__";

    private static readonly string[] BadPathValues =
    [
        "not-a-uuid", "00000000-0000-0000-0000-000000000000", "%00", "%01abc", "..%2F..%2Fetc%2Fpasswd", new('a', 600),
        "%F0%9F%98%80", "'%20OR%201=1--", "-1", "1e309", "%FF%FE", "%C0%AE", "null", "%7B%7D", "12345",
    ];

    private static readonly string[] BadQueryValues =
    [
        "%00", "a%01b", "-1", "0", "99999999999999999999", "2147483648", "abc", "1.5", "%FF%FE", "[]", "", new('x', 5000), "%ud800",
    ];

    private static readonly string[] BadHeaderValues = ["garbage", "*", "\"1\", \"2\"", "W/\"x\"", "\"99999999999\"", new('k', 5000), "\"1\";garbage", "\"-1\"", ""];

    private static readonly string[] OddContentTypes =
    [
        "text/plain", "application/xml", "application/json; charset=x-bogus-1", "application/json; charset=utf-16",
        "application/json; charset=iso-8859-1", "application/json;;", "application/json; charset=", "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded", "*/*",
    ];

    private static readonly Func<JsonNode?>[] WrongValues =
    [
        () => JsonValue.Create(0), () => JsonValue.Create(-1), () => JsonValue.Create(true), () => new JsonArray(), () => new JsonObject(),
        () => null, () => JsonValue.Create("1e309"), () => JsonValue.Create(long.MaxValue), () => JsonValue.Create(1.5),
    ];

    public static IReadOnlyList<HostileRequest> For(ApiOperation operation, ProbeTargets targets, JsonNode document, string token, IReadOnlyList<string> forgedTokens)
    {
        var requests = new List<HostileRequest>();
        var path = ValidPath(operation, targets);
        var body = ValidBody(operation, targets, document);
        var bodyBytes = body is null ? null : Encoding.UTF8.GetBytes(body.ToJsonString());
        var contentType = body is null ? null : "application/json";

        HostileRequest Make(string description, string pathAndQuery, byte[]? bytes, string? type, IReadOnlyDictionary<string, string>? headers = null, string? bearer = null) =>
            new(description, operation.Method, pathAndQuery, bytes, type, headers ?? new Dictionary<string, string>(), bearer ?? token);

        requests.Add(Make("valid", path, bodyBytes, contentType));

        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            foreach (var bad in BadPathValues)
            {
                requests.Add(Make($"path {parameter.Name}={Short(bad)}", ReplaceSegment(operation, targets, parameter.Name, bad), bodyBytes, contentType));
            }
        }

        foreach (var parameter in operation.Parameters.Where(p => p.In == "query"))
        {
            foreach (var bad in BadQueryValues)
            {
                requests.Add(Make($"query {parameter.Name}={Short(bad)}", $"{path}?{parameter.Name}={bad}", bodyBytes, contentType));
            }
        }

        foreach (var parameter in operation.Parameters.Where(p => p.In == "header"))
        {
            foreach (var bad in BadHeaderValues)
            {
                requests.Add(Make($"header {parameter.Name}: {Short(bad)}", path, bodyBytes, contentType, new Dictionary<string, string> { [parameter.Name] = bad }));
            }
        }

        if (body is not null)
        {
            foreach (var (description, json) in FieldMutations(body, operation, document))
            {
                requests.Add(Make(description, path, Encoding.UTF8.GetBytes(json), contentType));
            }

            foreach (var (description, bytes) in WholeBodyMutations(body))
            {
                requests.Add(Make(description, path, bytes, contentType));
            }

            foreach (var type in OddContentTypes)
            {
                requests.Add(Make($"content-type {type}", path, bodyBytes, type));
            }

            requests.Add(Make("no content-type", path, bodyBytes, null));
        }
        else
        {
            requests.Add(Make("unexpected JSON body", path, Encoding.UTF8.GetBytes("{\"a\":\"\\u0000\"}"), "application/json"));
            requests.Add(Make("unexpected charset", path, Encoding.UTF8.GetBytes("{}"), "application/json; charset=x-bogus-1"));
        }

        requests.Add(Make("no token", path, bodyBytes, contentType, bearer: string.Empty));
        requests.AddRange(forgedTokens.Select((forged, i) => Make($"forged token #{i}", path, bodyBytes, contentType, bearer: forged)));

        return requests.Count <= MaxPerOperation ? requests : Thin(requests);
    }

    /// <summary>Serialised JSON with the lone-surrogate marker replaced by an escaped unpaired surrogate.</summary>
    public static string ToWire(JsonNode node) =>
        node.ToJsonString().Replace(LoneSurrogateMarker, "x\\ud800y", StringComparison.Ordinal);

    private static IEnumerable<(string Description, string Json)> FieldMutations(JsonNode body, ApiOperation operation, JsonNode document)
    {
        var leaves = Leaves(body, "$").ToArray();
        foreach (var (leafPath, _) in leaves)
        {
            foreach (var text in new[] { "a\u0000b", "\u0001", "\u001b[2J", "x\r", LoneSurrogateMarker, new string('z', 70_000), "<script>alert(1)</script>", "𝓤𝓷𝓲𝓬𝓸𝓭𝓮" })
            {
                yield return ($"{leafPath} = {Short(text)}", ToWire(With(body, leafPath, JsonValue.Create(text))));
            }

            foreach (var wrong in WrongValues)
            {
                var value = wrong();
                yield return ($"{leafPath} = {value?.ToJsonString() ?? "null"}", With(body, leafPath, value).ToJsonString().Replace("\"1e309\"", "1e309", StringComparison.Ordinal));
            }
        }

        // Fields the schema allows that the valid body left out: a NUL, and the extremes of their type.
        var schema = JsonSchemaSample.Resolve(operation.BodySchema, document);
        foreach (var (name, property) in schema?["properties"]?.AsObject() ?? [])
        {
            if (body is not JsonObject root || root.ContainsKey(name))
            {
                continue;
            }

            var format = JsonSchemaSample.Resolve(property, document)?["format"]?.GetValue<string>();
            var extremes = format switch
            {
                "date-time" => new JsonNode?[] { "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59-14:00", "2026-02-30T00:00:00Z" },
                "int32" or "int64" => [0, -1, int.MaxValue, int.MinValue],
                _ => [],
            };
            foreach (var value in extremes.Prepend("nul\u0000here"))
            {
                var copy = body.DeepClone().AsObject();
                copy[name] = value?.DeepClone();
                yield return ($"$.{name} (optional) = {value?.ToJsonString()}", copy.ToJsonString());
            }
        }
    }

    private static IEnumerable<(string Description, byte[] Bytes)> WholeBodyMutations(JsonNode body)
    {
        var json = body.ToJsonString();
        yield return ("empty body", []);
        yield return ("null body", "null"u8.ToArray());
        yield return ("array body", "[]"u8.ToArray());
        yield return ("string body", "\"\\u0000\""u8.ToArray());
        yield return ("number body", "1e309"u8.ToArray());
        yield return ("truncated JSON", Encoding.UTF8.GetBytes(json[..(json.Length / 2)]));
        yield return ("trailing garbage", Encoding.UTF8.GetBytes(json + "}}}"));
        yield return ("two documents", Encoding.UTF8.GetBytes(json + json));
        yield return ("comment", Encoding.UTF8.GetBytes("/* hi */" + json));
        yield return ("byte order mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)]);
        yield return ("invalid UTF-8", [.. Encoding.UTF8.GetBytes(json[..^1]), .. ",\"x\":\""u8.ToArray(), 0xFF, 0xFE, 0xC0, 0xAF, .. "\"}"u8.ToArray()]);
        yield return ("UTF-16 bytes", Encoding.Unicode.GetBytes(json));
        yield return ("raw control character in a string", Encoding.UTF8.GetBytes(json.Replace(":\"", ":\"\u0001", StringComparison.Ordinal)));
        yield return ("unknown field", Encoding.UTF8.GetBytes(json.Insert(1, "\"isAdmin\":true,")));
        yield return ("unknown field named with NUL", Encoding.UTF8.GetBytes(json.Insert(1, "\"a\\u0000b\":1,")));
        if (body is JsonObject { Count: > 0 } root)
        {
            var (name, value) = root.First();
            yield return ("duplicate field", Encoding.UTF8.GetBytes(json.Insert(1, $"\"{name}\":{value?.ToJsonString() ?? "null"},")));
        }

        yield return ("deep array (5000)", Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)));
        yield return ("deep object under a field (200)", Encoding.UTF8.GetBytes(json.Insert(1, "\"deep\":" + string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200) + ",")));
        yield return ("huge array under a field (300k)", Encoding.UTF8.GetBytes(json.Insert(1, "\"many\":[" + string.Join(',', Enumerable.Repeat("1", 150_000)) + "],")));
        yield return ("over the size limit (2 MB)", Encoding.UTF8.GetBytes(json.Insert(1, $"\"pad\":\"{new string('p', 2 * 1024 * 1024)}\",")));
    }

    private static IEnumerable<(string Path, JsonNode? Value)> Leaves(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    foreach (var leaf in Leaves(child, $"{path}.{name}"))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var leaf in Leaves(array[i], $"{path}[{i}]"))
                    {
                        yield return leaf;
                    }
                }

                break;
            default:
                yield return (path, node);
                break;
        }
    }

    /// <summary>A copy of <paramref name="body"/> with the leaf at <paramref name="path"/> (<c>$.a[0].b</c>) replaced.</summary>
    private static JsonNode With(JsonNode body, string path, JsonNode? value)
    {
        var copy = body.DeepClone();
        var parts = System.Text.RegularExpressions.Regex.Matches(path[1..], @"\.([^.\[]+)|\[(\d+)\]").ToArray();
        JsonNode current = copy;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var last = i == parts.Length - 1;
            if (part.Groups[1].Success)
            {
                if (last)
                {
                    current.AsObject()[part.Groups[1].Value] = value;
                }
                else
                {
                    current = current[part.Groups[1].Value]!;
                }
            }
            else
            {
                var index = int.Parse(part.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (last)
                {
                    current.AsArray()[index] = value;
                }
                else
                {
                    current = current[index]!;
                }
            }
        }

        return copy;
    }

    private static string ValidPath(ApiOperation operation, ProbeTargets targets)
    {
        var path = operation.PathTemplate;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            path = path.Replace($"{{{parameter.Name}}}", targets.ValidPathValue(operation.PathTemplate, parameter.Name), StringComparison.Ordinal);
        }

        return path;
    }

    private static string ReplaceSegment(ApiOperation operation, ProbeTargets targets, string name, string value)
    {
        var path = operation.PathTemplate.Replace($"{{{name}}}", value, StringComparison.Ordinal);
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path" && p.Name != name))
        {
            path = path.Replace($"{{{parameter.Name}}}", targets.ValidPathValue(operation.PathTemplate, parameter.Name), StringComparison.Ordinal);
        }

        return path;
    }

    private static JsonNode? ValidBody(ApiOperation operation, ProbeTargets targets, JsonNode document) =>
        operation.BodySchema is null ? null
        : targets.ValidBodies.TryGetValue(operation.OperationId, out var make) ? make()
        : JsonSchemaSample.For(operation.BodySchema, document) ?? new JsonObject();

    /// <summary>Keeps the first request (the valid one) and an even spread of the rest.</summary>
    private static List<HostileRequest> Thin(List<HostileRequest> requests)
    {
        var step = (double)(requests.Count - 1) / (MaxPerOperation - 1);
        return [.. Enumerable.Range(0, MaxPerOperation).Select(i => requests[(int)Math.Round(i * step)]).Distinct()];
    }

    private static string Short(string value) => value.Length > 24 ? $"{value[..12]}…({value.Length} chars)" : value;
}
