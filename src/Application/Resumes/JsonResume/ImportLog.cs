namespace ResumeExport.Application.Resumes.JsonResume;

/// <summary>
/// What an import did: its warnings, and where each value of the created resume came from, so that a validation error
/// on the resume (<c>sections[1].items[0].role</c>) is reported where the user can fix it (<c>work[0].position</c>).
/// </summary>
internal sealed class ImportLog
{
    private readonly List<ImportWarning> _warnings = [];
    private readonly Dictionary<string, string> _sources = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ImportWarning> Warnings => _warnings;

    public void Warn(string path, string message) => _warnings.Add(new ImportWarning(path, message));

    /// <summary>Records that the resume's <paramref name="resumePath"/> holds what was at <paramref name="sourcePath"/>.</summary>
    public void Source(string resumePath, string sourcePath) => _sources[resumePath] = sourcePath;

    /// <summary>
    /// The source of a resume path as a validator names it (any case): the path itself if it was recorded, else that of
    /// its nearest recorded parent (<c>sections[1].items</c> → <c>work</c>), else the document as a whole.
    /// </summary>
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
