namespace ResumeExport.Domain.Exports;

/// <summary>When an export reuses an earlier export's stored file instead of rendering again (decision 35).</summary>
public static class FileReusePolicy
{
    /// <summary>
    /// A file is reused only while the export lending it lives at least this much longer. Cleanup deletes a file only
    /// once every export using it has expired, so a reuse that commits within the margin can never point at a file
    /// being deleted, with no lock between the two.
    /// </summary>
    public static readonly TimeSpan SafetyMargin = TimeSpan.FromHours(1);

    /// <param name="export">The export about to render.</param>
    /// <param name="renderKey">Its <see cref="RenderKeys.For"/>.</param>
    /// <param name="candidate">The earlier export that might lend its file.</param>
    /// <param name="storageDriver">The driver this worker stores with and reads from.</param>
    public static FileReuseDecision Decide(Export export, string renderKey, Export? candidate, string storageDriver, DateTimeOffset now)
    {
        if (candidate is null || candidate.Id == export.Id)
        {
            return FileReuseDecision.NoCandidate;
        }

        if (candidate.Status != ExportStatus.Completed || candidate.StorageKey is null || candidate.RenderKey is null || candidate.ExpiresAt is null)
        {
            return FileReuseDecision.NoFile;
        }

        if (candidate.UserId != export.UserId
            || !string.Equals(candidate.Format, export.Format, StringComparison.Ordinal)
            || !string.Equals(candidate.RenderKey, renderKey, StringComparison.Ordinal))
        {
            return FileReuseDecision.DifferentRender;
        }

        if (!string.Equals(candidate.StorageDriver, storageDriver, StringComparison.Ordinal))
        {
            return FileReuseDecision.OtherDriver;
        }

        return candidate.ExpiresAt.Value > now + SafetyMargin ? FileReuseDecision.Reuse : FileReuseDecision.ExpiresTooSoon;
    }
}
