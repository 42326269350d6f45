namespace ResumeExport.Adapters.Storage;

/// <summary>Settings of the <c>local</c> driver (section <c>Storage:Local</c>).</summary>
public sealed class LocalStorageOptions
{
    public const string DefaultRootPath = "storage/exports";

    /// <summary>Relative paths resolve against the current directory, so API and PDF worker need the same absolute path.</summary>
    public string RootPath { get; set; } = DefaultRootPath;
}
