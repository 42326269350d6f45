using System.Text.Json;

namespace ResumeExport.Application.Resumes.JsonResume;

/// <summary>Tracks what was read so anything left at <see cref="Finish"/> becomes a warning: nothing is dropped silently.</summary>
internal sealed class JsonResumeObject(JsonElement element, string path, ImportLog log)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public string Path { get; } = path;

    public string At(string name) => $"{Path}{(Path.Length == 0 ? string.Empty : ".")}{name}";

    public bool Has(string name) => element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public string? Text(string name)
    {
        _read.Add(name);
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            log.Warn(At(name), "Not text: not kept.");
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            log.Warn(At(name), "Empty: not kept.");
            return null;
        }

        return text.Trim();
    }

    public JsonResumeObject? Object(string name)
    {
        _read.Add(name);
        return element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? new JsonResumeObject(value, At(name), log)
            : null;
    }

    /// <summary>Non-object entries are warned about and skipped.</summary>
    public IReadOnlyList<JsonResumeObject> Objects(string name)
    {
        _read.Add(name);
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var objects = new List<JsonResumeObject>();
        var index = 0;
        foreach (var entry in value.EnumerateArray())
        {
            var entryPath = $"{At(name)}[{index++}]";
            if (entry.ValueKind == JsonValueKind.Object)
            {
                objects.Add(new JsonResumeObject(entry, entryPath, log));
            }
            else
            {
                log.Warn(entryPath, "Not an object: not kept.");
            }
        }

        return objects;
    }

    /// <summary>The non-blank strings of an array, each with the path it came from.</summary>
    public IReadOnlyList<(string Value, string Path)> Texts(string name)
    {
        _read.Add(name);
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var texts = new List<(string, string)>();
        var index = 0;
        foreach (var entry in value.EnumerateArray())
        {
            var entryPath = $"{At(name)}[{index++}]";
            if (entry.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(entry.GetString()))
            {
                texts.Add((entry.GetString()!.Trim(), entryPath));
            }
            else
            {
                log.Warn(entryPath, "Empty or not text: not kept.");
            }
        }

        return texts;
    }

    /// <summary>A field this importer knows but has no place for.</summary>
    public void NotKept(string name, string reason)
    {
        _read.Add(name);
        if (element.TryGetProperty(name, out var value) && IsEmptyText(value))
        {
            log.Warn(At(name), "Empty: not kept.");
        }
        else if (element.TryGetProperty(name, out value) && !IsBlank(value))
        {
            log.Warn(At(name), $"{reason}: not kept.");
        }
    }

    /// <summary>File metadata (<c>$schema</c>, <c>meta.version</c>): read, not kept, no warning.</summary>
    public void Skip(params string[] names) => _read.UnionWith(names);

    /// <summary>Warns about every field nobody read (extensions and fields of other schema versions).</summary>
    public void Finish()
    {
        foreach (var property in element.EnumerateObject().Where(p => !_read.Contains(p.Name)))
        {
            if (IsEmptyText(property.Value))
            {
                log.Warn(At(property.Name), "Empty: not kept.");
            }
            else if (!IsBlank(property.Value))
            {
                log.Warn(At(property.Name), "Not a field of JSON Resume 1.0.0 here: not kept.");
            }
        }
    }

    // An empty or blank string is a value that says nothing: not kept, but named so nothing disappears silently.
    private static bool IsEmptyText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString());

    private static bool IsBlank(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => true,
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        JsonValueKind.Object => !value.EnumerateObject().Any(),
        _ => false,
    };
}
