namespace ResumeExport.Application.Resumes.JsonResume;

/// <summary>
/// Import warnings and each value's source, so a resume error (<c>sections[1].items[0].role</c>) is reported where the
/// user can fix it (<c>work[0].position</c>).
/// </summary>
internal sealed class ImportLog
{
    private readonly List<ImportWarning> _warnings = [];
    private readonly Dictionary<string, string> _sources = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ImportWarning> Warnings => _warnings;

    public void Warn(string path, string message) => _warnings.Add(new ImportWarning(path, message));

    /// <summary>Records that <paramref name="resumePath"/> came from <paramref name="sourcePath"/>.</summary>
    public void Source(string resumePath, string sourcePath) => _sources[resumePath] = sourcePath;

    /// <summary>The recorded source of the path or its nearest recorded parent, else the whole document.</summary>
    public string SourceOf(string resumePath)
    {
        for (var path = resumePath; path.Length > 0; path = Parent(path))
        {
            if (_sources.TryGetValue(path, out var source))
            {
                return source;
            }
        }

        return "body";
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }
}
