namespace ResumeExport.Domain.Resumes;

/// <summary>
/// Which versions of a resume may go: all but the <c>maxVersionsKept</c> newest, except any version a live export
/// renders or a sent application attached. The newest always stays, so a resume is never left without its content.
/// </summary>
public static class ResumeVersionPrunePolicy
{
    /// <param name="versions">The version numbers stored for one resume.</param>
    /// <param name="latestVersion">The resume's <see cref="Resume.LatestVersion"/>.</param>
    /// <param name="maxVersionsKept">The owner's plan limit; below 1 counts as 1.</param>
    /// <param name="pinned">Versions a live export or a sent application points to.</param>
    public static IReadOnlyList<int> Prunable(IEnumerable<int> versions, int latestVersion, int maxVersionsKept, IReadOnlySet<int> pinned)
    {
        // Numbers are consecutive and the newest are never pruned, so "the newest N" is "above latest - N".
        var oldestKept = latestVersion - Math.Max(1, maxVersionsKept) + 1;
        return versions.Where(v => v < oldestKept && !pinned.Contains(v)).Order().ToArray();
    }
}
