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

    /// <summary>A partial date (<c>2014-06</c>) is completed to the first day, with a warning.</summary>
    public string? Date(string itemField, string sourceField)
    {
        var value = Text(itemField, sourceField);
        if (value is null)
        {
            return null;
        }

        var (date, completed) = JsonResumeDates.Normalize(value);
        if (completed)
        {
            Warn(sourceField, $"A partial date: kept as {date}, the first day of the {(value.Length == 4 ? "year" : "month")}.");
        }

        return date;
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

    /// <summary>A custom item: lines become its text, a list its bullets. Null when the entry says nothing.</summary>
    public Common.SectionItemDto? Custom(string? head, IReadOnlyList<string?> lines, IReadOnlyList<string>? bullets)
    {
        var text = string.Join("\n", new[] { head }.Concat(lines).Where(l => l is not null));
        if (text.Length == 0 && bullets is null)
        {
            log.Warn(entry.Path, "Empty: not kept.");
            return null;
        }

        log.Warn(entry.Path, "Printed as an item of a custom section: its fields are combined into its text.");
        log.Source($"{ResumePath}.text", entry.Path);
        return new Common.SectionItemDto { Text = text.Length == 0 ? null : text, Bullets = bullets };
    }
}
