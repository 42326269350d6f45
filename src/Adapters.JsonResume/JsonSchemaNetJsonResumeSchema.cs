using System.Text;
using System.Text.Json;
using Json.Schema;
using ResumeExport.Application.Common.Ports.Templates;

namespace ResumeExport.Adapters.JsonResume;

/// <summary>
/// <see cref="IJsonResumeSchema"/> with JsonSchema.Net over the schema vendored from npm <c>@jsonresume/schema</c>
/// (embedded <c>schema.json</c>; <c>deploy/tools/json-resume/refresh.sh</c> refreshes it). The schema is parsed once.
/// </summary>
internal sealed class JsonSchemaNetJsonResumeSchema : IJsonResumeSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.List,

        // "format" stays an annotation, as JSON Schema 2019-09+ defines it: a URL without a scheme or an empty profile
        // URL is the importer's to handle (kept as text, with a warning), not a reason to refuse the whole document.
        RequireFormatValidation = false,
    };

    public IReadOnlyList<SchemaViolation> Validate(JsonElement document)
    {
        var results = Schema.Value.Evaluate(document, Options);
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Values.Select(message => new SchemaViolation(ToJsonPath(detail.InstanceLocation.ToString()), message)))
            .Distinct()];
    }

    /// <summary>JSON Pointer <c>/work/0/startDate</c> → <c>work[0].startDate</c>; the root → <c>body</c>.</summary>
    internal static string ToJsonPath(string pointer)
    {
        if (string.IsNullOrEmpty(pointer) || pointer == "/")
        {
            return "body";
        }

        var path = new StringBuilder();
        foreach (var segment in pointer.TrimStart('/').Split('/'))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (name.Length > 0 && name.All(char.IsAsciiDigit))
            {
                path.Append('[').Append(name).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? string.Empty : ".").Append(name);
            }
        }

        return path.ToString();
    }

    private static JsonSchema Load()
    {
        using var stream = typeof(JsonSchemaNetJsonResumeSchema).Assembly.GetManifestResourceStream("ResumeExport.Adapters.JsonResume.schema.json")
            ?? throw new InvalidOperationException("The embedded JSON Resume schema is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);

        // The vendored schema's $id is a placeholder (http://example.com/example.json); a build-local one keeps it from
        // clashing with any other schema a process might register under that name.
        var text = reader.ReadToEnd().Replace("http://example.com/example.json", "urn:resume-export:json-resume:1.0.0", StringComparison.Ordinal);
        return JsonSchema.FromText(text);
    }
}
