namespace ResumeExport.Application.Resumes.JsonResume;

/// <summary>Maps one JSON Resume entry to an item at <see cref="ResumePath"/>, recording each field's source.</summary>
internal sealed class ItemSource(ImportLog log, string resumePath, JsonResumeObject entry)
{
    public string ResumePath { get; } = resumePath;

    public void Source(string itemField, string sourceField) => log.Source($"{ResumePath}.{itemField}", entry.At(sourceField));

    public void Warn(string sourceField, string message) => log.Warn(entry.At(sourceField), message);

    public string? Text(string itemField, string sourceField)
    {
        Source(itemField, sourceField);
        return entry.Text(sourceField);
    }

    /// <summary>Kept as precise as written (<c>2014</c>, <c>2014-06</c>); the resume validator names a non-date.</summary>
    public string? Date(string itemField, string sourceField) => Text(itemField, sourceField);

    /// <summary>An http(s) URL; anything else cannot be a link and has no text to join, so it is not kept, with a warning.</summary>
    public string? Url(string itemField, string sourceField)
    {
        var url = Text(itemField, sourceField);
        if (url is null || Common.ResumeFieldRules.IsHttpUrl(url))
        {
            return url;
        }

        Warn(sourceField, "Not an http(s) URL: not kept.");
        return null;
    }

    /// <summary>
    /// A non-http(s) <c>url</c> cannot print as a link, so it is kept as text in <paramref name="host"/>, with a warning.
    /// </summary>
    public (string? Url, string? Host) UrlOrText(string? host, string where, Func<string, string, string> append)
    {
        var url = Text("url", "url");
        if (url is null || Common.ResumeFieldRules.IsHttpUrl(url))
        {
            return (url, host);
        }

        Warn("url", $"Not an http(s) URL: kept as text {where}.");
        return (null, host is null ? url : append(host, url));
    }

    public IReadOnlyList<string>? Texts(string itemField, string sourceField)
    {
        Source(itemField, sourceField);
        var texts = entry.Texts(sourceField);
        for (var i = 0; i < texts.Count; i++)
        {
            log.Source($"{ResumePath}.{itemField}[{i}]", texts[i].Path);
        }

        return texts.Count > 0 ? [.. texts.Select(t => t.Value)] : null;
    }
}
