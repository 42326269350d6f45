using System.Globalization;
using System.Text.Json;

namespace ResumeExport.Adapters.Billing;

/// <summary>A missing or differently typed field reads as null, never an exception.</summary>
internal static class WebhookJson
{
    public static JsonElement? Path(JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind == JsonValueKind.Array && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                if (index >= current.GetArrayLength())
                {
                    return null;
                }

                current = current[index];
            }
            else if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : current;
    }

    public static string? String(JsonElement element, params string[] path) =>
        Path(element, path) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static DateTimeOffset? UnixSeconds(JsonElement element, params string[] path) =>
        Path(element, path) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static DateTimeOffset? Iso(JsonElement element, params string[] path) =>
        String(element, path) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime()
            : null;
}
