namespace ResumeExport.Domain.Resumes;

/// <summary>The update was based on an older version of the resume (someone saved in between).</summary>
public sealed class StaleResumeException(Guid resumeId, int expectedVersion, int currentVersion)
    : Exception($"Resume {resumeId} is at version {currentVersion}, not {expectedVersion}. Reload it and apply your changes again.")
{
    public int ExpectedVersion { get; } = expectedVersion;

    public int CurrentVersion { get; } = currentVersion;
}
