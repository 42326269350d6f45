namespace ResumeExport.Adapters.Storage;

/// <summary>Settings of the <c>local</c> driver (section <c>Storage:Local</c>).</summary>
public sealed class LocalStorageOptions
{
    public const string DefaultRootPath = "storage/exports";

    /// <summary>
    /// The directory export files live under. A relative path is made absolute at start-up against the process's
    /// current directory, so every process that shares the files (API and PDF worker) must be given the same absolute path.
    /// </summary>
    public string RootPath { get; set; } = DefaultRootPath;
}
